package eus.berrigune.search.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;

/**
 * The answers of searches already made on one index reader, as Elasticsearch's shard request cache or Solr's query
 * result cache keep them: the same search on the same reader gives the same hits, total and facet counts, so the
 * answer is kept until the reader changes (any product change, catch-up or rebuild opens a new one, and the cache is
 * replaced with it). What is kept comes before the database's visibility check, which every search still makes on its
 * hits. Keyed by the whole request (text, filters, subtree, order, page, size, language) and by the company whose
 * products in any state the caller may find, so a supplier's drafts never reach another caller's answer. Bounded to
 * {@value #MAX_ANSWERS} answers, least recently used first out (one page of hits and the facet counts: ~30 KB for the
 * search page's 20 hits, ~100 KB for the API's largest page of 100).
 */
final class ResultCache {

    static final int MAX_ANSWERS = 256;

    /** @param request the search @param ownCompany the company whose drafts the caller may find, or null */
    record Key(SearchRequest request, Long ownCompany) {}

    /** What a search found on this reader, before the visibility check against the database. */
    record Answer(long total, List<SearchResponse.Hit> hits, List<SearchResponse.Facet> facets, boolean allWords) {}

    private final IndexReader reader;
    private final Map<Key, Answer> answers = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Answer> eldest) {
            return size() > MAX_ANSWERS;
        }
    };

    ResultCache(IndexReader reader) {
        this.reader = reader;
    }

    boolean isFor(IndexReader other) {
        return reader == other;
    }

    synchronized Optional<Answer> find(Key key) {
        return Optional.ofNullable(answers.get(key));
    }

    synchronized void keep(Key key, Answer answer) {
        answers.put(key, answer);
    }

    synchronized int size() {
        return answers.size();
    }
}
