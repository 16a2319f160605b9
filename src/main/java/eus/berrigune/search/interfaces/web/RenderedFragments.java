package eus.berrigune.search.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The search page's facet lists and result cards as written for a given search, reader's language and answer: the
 * same inputs always give the same markup, and the popular searches come back all day (the landing page, the EMDN
 * categories), so the markup is kept and written once rather than at every request. The answer is part of the key (its
 * facet counts, or its hits after the visibility check), so a product change, which gives new answers, gives new
 * markup. At most {@value #MAX_FRAGMENTS} fragments, least recently used out (10–40 KB each: 20 result cards, or the
 * facet sections).
 */
@ApplicationScoped
public class RenderedFragments {

    static final int MAX_FRAGMENTS = 256;

    private final Map<Object, String> fragments = new LinkedHashMap<>(128, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, String> eldest) {
            return size() > MAX_FRAGMENTS;
        }
    };

    /**
     * The markup kept for this key, or written now and kept.
     *
     * @param key a record of everything the markup depends on
     */
    public String get(Object key, Supplier<String> write) {
        synchronized (fragments) {
            String kept = fragments.get(key);
            if (kept != null) {
                return kept;
            }
        }
        String written = write.get(); // outside the lock: two requests may write the same markup once each
        synchronized (fragments) {
            fragments.put(key, written);
        }
        return written;
    }

    int size() {
        synchronized (fragments) {
            return fragments.size();
        }
    }
}
