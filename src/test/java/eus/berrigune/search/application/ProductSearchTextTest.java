package eus.berrigune.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.catalog.application.IndexableProduct;
import eus.berrigune.catalog.application.ProductDetails;
import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.catalog.domain.RiskClass;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text matching of the search: languages, stemming, accents, typos, codes, and input that is only data. */
class ProductSearchTextTest {

    static ProductSearch search = new ProductSearch();
    static IndexSearcher searcher;

    static IndexableProduct product(long id, String lang, String name, String description, String emdn, String udi) {
        return product(id, ProductStatus.PUBLISHED,
                Map.of(lang, new ProductDetails.Text(name, description, "Intended purpose")), emdn, udi);
    }

    /** A product with its texts per language (code to name, description, purpose) in the given state. */
    static IndexableProduct product(long id, ProductStatus status, Map<String, ProductDetails.Text> texts, String emdn,
                                    String udi) {
        List<String> path = new ArrayList<>();
        for (int i = 1; i <= emdn.length(); i += (i == 1 ? 2 : 2)) {
            path.add(emdn.substring(0, i));
        }
        return new IndexableProduct(id, 7, "Bihotz Medical S.L.", true, status, texts, emdn, path,
                List.of("CARDIOLOGY"), Set.of("33195100-4"), RiskClass.IIA, CeStatus.CE_MARKED, "0318", "AEMPS",
                LocalDate.of(2030, 1, 1), udi, 9, EvidenceLevel.COMPARATIVE, 1, 0, BigDecimal.ONE, "one unit", true,
                Set.of(), Instant.EPOCH);
    }

    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(search.analyzer))) {
            LocalDate today = LocalDate.of(2026, 11, 28);
            writer.addDocument(search.facets.build(search.document(
                    product(1, "eu", "Bihotz-monitore eramangarria", "Bihotzeko erritmoa etxean neurtzen du.", "Z120301", "8437000AAA1"), today)));
            writer.addDocument(search.facets.build(search.document(
                    product(2, "es", "Monitor de corazón portátil", "Mide el ritmo del corazón en casa.", "C0101", "8437000BBB2"), today)));
            writer.addDocument(search.facets.build(search.document(
                    product(3, "en", "Wound dressing with silver", "Antimicrobial monitors for healing wounds.", "M0401", "8437000CCC3"), today)));
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    /** As the search does it: all the words first, then any of them when no product has them all. */
    static List<Long> find(String text) throws IOException {
        List<Long> ids = new ArrayList<>();
        for (Query query : search.textQueries(text, null)) {
            if (query == null) {
                return ids;
            }
            for (ScoreDoc doc : searcher.search(query, 10).scoreDocs) {
                ids.add(Long.parseLong(searcher.storedFields().document(doc.doc).get("id")));
            }
            if (!ids.isEmpty()) {
                return ids;
            }
        }
        return ids;
    }

    @Test
    void everyWordMustMatchWhenSomeProductHasThemAll() throws IOException {
        // "monitor" alone finds all three (two names, one description)
        assertThat(find("monitor")).containsExactlyInAnyOrder(1L, 2L, 3L);
        // each word may match in another language, stemmed or with a typo
        assertThat(find("monitor corazones")).containsExactly(2L);
        assertThat(find("monitr de corazon")).containsExactly(2L);
        assertThat(find("bihotz eramangarria monitorea")).containsExactly(1L);
        assertThat(find("0318 silver")).containsExactly(3L);
    }

    @Test
    void anyWordMatchesWhenNoProductHasThemAll() throws IOException {
        List<Query> queries = search.textQueries("corazón silver", null);
        assertThat(queries).hasSize(2);
        assertThat(searcher.count(queries.get(0))).isZero();
        assertThat(find("corazón silver")).containsExactlyInAnyOrder(2L, 3L);
        assertThat(search.textQueries("corazón", null)).hasSize(1);
        assertThat(search.textQueries("el corazón", null)).hasSize(1); // a stop word is not a word to require
    }

    @Test
    void eachLanguageIsStemmed() throws IOException {
        assertThat(find("bihotzekoak")).contains(1L);
        assertThat(find("corazones")).contains(2L);
        assertThat(find("monitor")).contains(3L);
    }

    @Test
    void accentsAndTyposAreForgiven() throws IOException {
        assertThat(find("corazon")).contains(2L);
        assertThat(find("portatil")).contains(2L);
        assertThat(find("dresing")).contains(3L);
        assertThat(find("antimicrobal")).contains(3L);
    }

    @Test
    void typoExpansionsKeptPerReaderFindAndRankTheSame() throws IOException {
        ProductSearch.FuzzyExpansions expansions =
                new ProductSearch.FuzzyExpansions(searcher, new java.util.concurrent.ConcurrentHashMap<>());
        for (String text : List.of("dresing", "corazon portatil", "bihotz monitorea", "wound dresing silver")) {
            for (int round = 0; round < 2; round++) { // the second round answers from the kept expansions
                ScoreDoc[] plain = searcher.search(search.textQuery(text), 10).scoreDocs;
                ScoreDoc[] expanded = searcher.search(search.textQuery(text, expansions), 10).scoreDocs;
                assertThat(expanded).hasSameSizeAs(plain);
                for (int i = 0; i < plain.length; i++) {
                    assertThat(expanded[i].doc).isEqualTo(plain[i].doc);
                    assertThat(expanded[i].score).isCloseTo(plain[i].score, org.assertj.core.data.Offset.offset(1e-5f));
                }
            }
        }
        assertThat(expansions.expanded()).isNotEmpty();
    }

    @Test
    void stopWordsAloneMatchNothing() throws IOException {
        assertThat(find("del en el")).isEmpty();
        assertThat(find("the with for")).isEmpty();
        assertThat(find("ritmo del corazón")).containsExactly(2L);
    }

    @Test
    void codesFindProducts() throws IOException {
        assertThat(find("Z12")).containsExactly(1L);
        assertThat(find("z1203")).containsExactly(1L);
        assertThat(find("8437000BBB2")).containsExactly(2L);
        assertThat(find("0318")).contains(1L, 2L, 3L);
        assertThat(find("bihotz medical")).contains(1L, 2L, 3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "(corazón", "mon*", "?", "a:b", "AND OR NOT", "\\", "[1 TO 5]", "~~~", "/regex/",
        "!@#$%^&*()_+{}|:<>?", "'; DROP TABLE product; --"})
    void inputIsDataNeverSyntax(String text) throws IOException {
        find(text);
        assertThat(find(text + " corazón")).contains(2L);
    }

    @Test
    void veryLongInputIsCut() {
        SearchRequest request = new SearchRequest("x".repeat(10_000), null, null, null, -1, 1000, null);
        assertThat(request.text()).hasSize(SearchRequest.MAX_TEXT);
        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(100);
    }

    @Test
    void matchedWordsAreHighlighted() {
        List<SearchResponse.Piece> pieces = ProductSearch.highlight("Monitor de corazón portátil",
                Set.copyOf(ProductSearch.analyze(Analyzers.forLanguage(eus.berrigune.shared.domain.Language.ES), "corazones")));
        assertThat(pieces).filteredOn(SearchResponse.Piece::match).extracting(SearchResponse.Piece::text)
                .containsExactly("corazón");
        assertThat(pieces).extracting(SearchResponse.Piece::text).containsExactly("Monitor", " ", "de", " ", "corazón", " ", "portátil");
    }
}
