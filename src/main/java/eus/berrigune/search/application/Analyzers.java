package eus.berrigune.search.application;

import eus.berrigune.shared.domain.Language;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.BasqueStemmer;

/**
 * The analyzers of the product index: one per language with its stop words and stemmer (so that "bihotzekoak"
 * finds "bihotz", "corazones" finds "corazón", "monitors" finds "monitor"), all folding accents; and a plain folded
 * one for typo-tolerant matching, company names and codes.
 */
final class Analyzers {

    private Analyzers() {}

    static String textField(Language language) {
        return "text_" + language.code();
    }

    static final String FOLDED = "text_all";

    private static final Map<Language, Analyzer> BY_LANGUAGE = Map.of(
            Language.EU, create(Language.EU), Language.ES, create(Language.ES), Language.EN, create(Language.EN));
    private static final Analyzer FOLDED_ANALYZER = createFolded();

    /** The language's analyzer (shared: Lucene analyzers are thread-safe). */
    static Analyzer forLanguage(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** The folded analyzer (shared). */
    static Analyzer folded() {
        return FOLDED_ANALYZER;
    }

    private static Analyzer create(Language language) {
        return switch (language) {
            case EU -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new LowerCaseFilter(source);
                    stream = new StopFilter(stream, BasqueAnalyzer.getDefaultStopSet());
                    stream = new SnowballFilter(stream, new BasqueStemmer());
                    return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
                }
            };
            case ES -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new LowerCaseFilter(source);
                    stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
                    stream = new SpanishLightStemFilter(stream);
                    return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
                }
            };
            case EN -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new EnglishPossessiveFilter(source);
                    stream = new LowerCaseFilter(stream);
                    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    stream = new PorterStemFilter(stream);
                    return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
                }
            };
        };
    }

    private static Analyzer createFolded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    /**
     * Stop words of the three languages, folded as the folded field folds them ("de", "eta", "the", "para"...):
     * on their own they match nearly every product, so the typo-tolerant and exact folded clauses leave them out
     * (the language fields drop them already).
     */
    private static final java.util.Set<String> FOLDED_STOP_WORDS = foldedStopWords();

    static boolean isStopWord(String foldedWord) {
        return FOLDED_STOP_WORDS.contains(foldedWord);
    }

    private static java.util.Set<String> foldedStopWords() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (org.apache.lucene.analysis.CharArraySet set : java.util.List.of(BasqueAnalyzer.getDefaultStopSet(),
                SpanishAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
            for (Object word : set) {
                String text = word instanceof char[] chars ? new String(chars) : word.toString();
                words.addAll(ProductSearch.analyze(FOLDED_ANALYZER, text));
            }
        }
        return java.util.Set.copyOf(words);
    }

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(createFolded(), Map.of(
                textField(Language.EU), create(Language.EU),
                textField(Language.ES), create(Language.ES),
                textField(Language.EN), create(Language.EN)));
    }
}
