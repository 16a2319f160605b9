package eus.berrigune.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.shared.domain.Language;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Answers kept per index reader: by the whole request and the caller's own company, bounded, least recent out. */
class ResultCacheTest {

    static SearchRequest request(String text, int page, Language language) {
        return new SearchRequest(text, Map.of("risk", List.of("IIA")), null, SearchRequest.Sort.RELEVANCE, page, 20,
                language);
    }

    static ResultCache.Answer answer(long total) {
        return new ResultCache.Answer(total, List.of(), List.of(), true);
    }

    @Test
    void anAnswerIsFoundOnlyForTheSameRequestAndCompany() throws IOException {
        ResultCache cache = new ResultCache(emptyReader());
        cache.keep(new ResultCache.Key(request("monitor", 0, Language.ES), null), answer(7));

        assertThat(cache.find(new ResultCache.Key(request("monitor", 0, Language.ES), null)))
                .hasValueSatisfying(found -> assertThat(found.total()).isEqualTo(7));
        assertThat(cache.find(new ResultCache.Key(request("monitor", 0, Language.ES), 12L))).isEmpty();
        assertThat(cache.find(new ResultCache.Key(request("monitor", 1, Language.ES), null))).isEmpty();
        assertThat(cache.find(new ResultCache.Key(request("monitor", 0, Language.EU), null))).isEmpty();
        assertThat(cache.find(new ResultCache.Key(request("monitors", 0, Language.ES), null))).isEmpty();
    }

    @Test
    void itBelongsToOneReader() throws IOException {
        DirectoryReader reader = emptyReader();
        ResultCache cache = new ResultCache(reader);
        assertThat(cache.isFor(reader)).isTrue();
        assertThat(cache.isFor(emptyReader())).isFalse();
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirstWhenFull() throws IOException {
        ResultCache cache = new ResultCache(emptyReader());
        for (int i = 0; i < ResultCache.MAX_ANSWERS; i++) {
            cache.keep(new ResultCache.Key(request("word" + i, 0, Language.ES), null), answer(i));
        }
        cache.find(new ResultCache.Key(request("word0", 0, Language.ES), null)); // used: now the most recent
        cache.keep(new ResultCache.Key(request("one more", 0, Language.ES), null), answer(-1));

        assertThat(cache.size()).isEqualTo(ResultCache.MAX_ANSWERS);
        assertThat(cache.find(new ResultCache.Key(request("word0", 0, Language.ES), null))).isPresent();
        assertThat(cache.find(new ResultCache.Key(request("word1", 0, Language.ES), null))).isEmpty();
        assertThat(cache.find(new ResultCache.Key(request("one more", 0, Language.ES), null))).isPresent();
    }

    static DirectoryReader emptyReader() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        new IndexWriter(directory, new IndexWriterConfig()).close();
        return DirectoryReader.open(directory);
    }
}
