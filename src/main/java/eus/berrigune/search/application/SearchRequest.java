package eus.berrigune.search.application;

import eus.berrigune.shared.domain.Language;
import java.util.List;
import java.util.Map;

/**
 * A search: free text (data, never syntax), facet selections (values of one dimension are OR-ed, dimensions AND-ed),
 * an EMDN code whose subtree to search, the order and the page.
 *
 * @param text free text in eu, es or en; may be blank
 * @param filters selected values per facet dimension ({@link ProductSearch#DIMENSIONS})
 * @param emdn EMDN code prefix, or null
 * @param sort order of the results
 * @param page page number from 0
 * @param size page size (1–100)
 * @param language the reader's language (names and highlights)
 */
public record SearchRequest(
        String text, Map<String, List<String>> filters, String emdn, Sort sort, int page, int size, Language language) {

    public static final int MAX_TEXT = 200;

    /** Result orders. */
    public enum Sort {
        RELEVANCE,
        EVIDENCE,
        CARBON,
        UPDATED
    }

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        emdn = emdn == null || emdn.isBlank() ? null : emdn.strip().toUpperCase();
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(0, Math.min(page, 500));
        size = Math.max(1, Math.min(size, 100));
        language = language == null ? Language.ES : language;
    }
}
