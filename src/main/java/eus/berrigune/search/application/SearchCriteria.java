package eus.berrigune.search.application;

import eus.berrigune.shared.domain.Language;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a search asks for, without the page: text, EMDN subtree, facet selections and order. It has one canonical
 * form as a URL query ({@code q=…&emdn=…&f=dim:value&sort=…}), used by the search page's links, the API and saved
 * searches. Parsing forgives: unknown dimensions, unknown EMDN codes and bad sorts are dropped, never an error.
 *
 * @param text free text (data, never syntax); empty when none
 * @param emdn EMDN code whose subtree to search, or null
 * @param filters selected values per facet dimension, in the order given
 * @param sort order of the results
 */
public record SearchCriteria(String text, String emdn, Map<String, List<String>> filters, SearchRequest.Sort sort) {

    /** Longest accepted canonical query (a saved search stores it). */
    public static final int MAX_QUERY = 2000;

    public SearchCriteria {
        text = text == null ? "" : text.strip();
        if (text.length() > SearchRequest.MAX_TEXT) {
            text = text.substring(0, SearchRequest.MAX_TEXT);
        }
        emdn = emdn == null || emdn.isBlank() ? null : emdn.strip().toUpperCase(Locale.ROOT);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((dimension, values) -> {
                if (ProductSearch.DIMENSIONS.contains(dimension) && values != null && !values.isEmpty()) {
                    copy.put(dimension, values.stream().distinct().toList());
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        sort = sort == null ? SearchRequest.Sort.RELEVANCE : sort;
    }

    /**
     * Reads request parameters ({@code q}, {@code emdn}, repeated {@code f=dimension:value}, {@code sort}).
     *
     * @param params parameter values by name
     * @param emdnExists whether an EMDN code is known (unknown codes are dropped)
     */
    public static SearchCriteria of(Map<String, List<String>> params, Predicate<String> emdnExists) {
        String q = first(params, "q");
        String code = first(params, "emdn");
        if (code != null && !emdnExists.test(code.strip().toUpperCase(Locale.ROOT))) {
            code = null;
        }
        SearchRequest.Sort sort;
        try {
            sort = SearchRequest.Sort.valueOf(String.valueOf(first(params, "sort")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            sort = SearchRequest.Sort.RELEVANCE;
        }
        return new SearchCriteria(q, code, filters(params.get("f")), sort);
    }

    /** Parses a canonical query string (as {@link #toQuery()} writes it). */
    public static SearchCriteria parse(String query, Predicate<String> emdnExists) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.computeIfAbsent(decode(pair.substring(0, eq)), k -> new ArrayList<>())
                            .add(decode(pair.substring(eq + 1)));
                }
            }
        }
        return of(params, emdnExists);
    }

    /** Facet selections from {@code dimension:value} strings; unknown dimensions and empty values are dropped. */
    public static Map<String, List<String>> filters(List<String> facets) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (facets != null) {
            for (String facet : facets) {
                int colon = facet == null ? -1 : facet.indexOf(':');
                if (colon > 0 && colon < facet.length() - 1 && ProductSearch.DIMENSIONS.contains(facet.substring(0, colon))) {
                    filters.computeIfAbsent(facet.substring(0, colon), k -> new ArrayList<>()).add(facet.substring(colon + 1));
                }
            }
        }
        return filters;
    }

    /** The canonical URL query, without a leading {@code ?}; empty for "everything, by relevance". */
    public String toQuery() {
        List<String> params = new ArrayList<>();
        if (!text.isEmpty()) {
            params.add("q=" + encode(text));
        }
        if (emdn != null) {
            params.add("emdn=" + encode(emdn));
        }
        filters.forEach((dimension, values) -> values.forEach(v -> params.add("f=" + encode(dimension + ":" + v))));
        if (sort != SearchRequest.Sort.RELEVANCE) {
            params.add("sort=" + sort.name());
        }
        return String.join("&", params);
    }

    public boolean isEmpty() {
        return text.isEmpty() && emdn == null && filters.isEmpty();
    }

    /** The search for one page of results. */
    public SearchRequest request(int page, int size, Language language) {
        return new SearchRequest(text, filters, emdn, sort, page, size, language);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }
}
