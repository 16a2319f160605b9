package eus.berrigune.search.interfaces.web;

import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.search.application.ProductSearch;
import eus.berrigune.search.application.SearchRequest;
import eus.berrigune.search.application.SearchResponse;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /search.xhtml?q=…&emdn=…&f=dim:value&sort=…&page=…}: the whole state is in the URL (bookmarkable, the back
 * button works), the page is a stateless view and every link builds the next URL.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    ProductSearch search;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    LocaleBean locale;

    @Inject
    HttpServletRequest request;

    private String q;
    private String code;
    private SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;
    private int page;
    private Map<String, List<String>> filters = new LinkedHashMap<>();
    private SearchResponse response;

    /** View action: reads the parameters (invalid ones are ignored, never an error page) and searches. */
    public void load() {
        q = request.getParameter("q");
        code = request.getParameter("emdn");
        if (code != null && !emdn.exists(code.strip())) {
            code = null;
        }
        try {
            sort = SearchRequest.Sort.valueOf(String.valueOf(request.getParameter("sort")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            sort = SearchRequest.Sort.RELEVANCE;
        }
        try {
            page = Math.max(0, Integer.parseInt(String.valueOf(request.getParameter("page"))));
        } catch (NumberFormatException e) {
            page = 0;
        }
        String[] f = request.getParameterValues("f");
        if (f != null) {
            for (String facet : f) {
                int colon = facet.indexOf(':');
                if (colon > 0 && ProductSearch.DIMENSIONS.contains(facet.substring(0, colon))) {
                    filters.computeIfAbsent(facet.substring(0, colon), k -> new ArrayList<>()).add(facet.substring(colon + 1));
                }
            }
        }
        response = search.search(new SearchRequest(q, filters, code, sort, page, PAGE_SIZE, locale.getLanguage()));
    }

    /** The URL of this search with one facet value switched on or off (back to the first page). */
    public String toggle(String dimension, String value) {
        Map<String, List<String>> next = copy();
        List<String> values = next.computeIfAbsent(dimension, k -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return url(q, code, next, sort, 0);
    }

    public String withEmdn(String emdnCode) {
        return url(q, emdnCode, filters, sort, 0);
    }

    public String withSort(String newSort) {
        return url(q, code, filters, SearchRequest.Sort.valueOf(newSort), 0);
    }

    public String withPage(int newPage) {
        return url(q, code, filters, sort, newPage);
    }

    public String withoutText() {
        return url(null, code, filters, sort, 0);
    }

    public String withoutFilters() {
        return url(q, null, Map.of(), sort, 0);
    }

    private Map<String, List<String>> copy() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    private String url(String text, String emdnCode, Map<String, List<String>> f, SearchRequest.Sort s, int p) {
        StringBuilder url = new StringBuilder(request.getContextPath()).append("/search.xhtml");
        List<String> params = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            params.add("q=" + encode(text));
        }
        if (emdnCode != null) {
            params.add("emdn=" + encode(emdnCode));
        }
        f.forEach((dimension, values) -> values.forEach(v -> params.add("f=" + encode(dimension + ":" + v))));
        if (s != SearchRequest.Sort.RELEVANCE) {
            params.add("sort=" + s.name());
        }
        if (p > 0) {
            params.add("page=" + p);
        }
        if (!params.isEmpty()) {
            url.append('?').append(String.join("&", params));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public boolean hasFilters() {
        return code != null || filters.values().stream().anyMatch(v -> !v.isEmpty());
    }

    public String getQ() {
        return q;
    }

    public String getCode() {
        return code;
    }

    public EmdnTerm getCodeTerm() {
        return code == null ? null : emdn.find(code).orElse(null);
    }

    public String getSort() {
        return sort.name();
    }

    public SearchRequest.Sort[] getSorts() {
        return SearchRequest.Sort.values();
    }

    public SearchResponse getResponse() {
        return response;
    }

    /** The facets that have values to show. */
    public List<SearchResponse.Facet> getFacets() {
        return response.facets().stream().filter(f -> !f.values().isEmpty()).toList();
    }

    /** The label of a facet value in the reader's language. */
    public String label(String dimension, String value) {
        return switch (dimension) {
            case "risk" -> FacesMessages.text("RiskClass." + value);
            case "evidence" -> FacesMessages.text("EvidenceLevel." + value);
            case "interop" -> FacesMessages.text("InteroperabilityStandard." + value);
            case "lang" -> FacesMessages.text("Language." + value.toUpperCase(Locale.ROOT));
            case "ce" -> FacesMessages.text("search.ce." + value);
            case "co2" -> FacesMessages.text("search.co2." + value);
            case "trl" -> "TRL " + value;
            case "verified", "takeback", "local" -> FacesMessages.text("yes".equals(value) ? "form.yes" : "form.no");
            default -> value + " " + emdnTerm(value);
        };
    }

    public boolean isEmdnDimension(String dimension) {
        return dimension.startsWith("emdn");
    }

    public String emdnTerm(String emdnCode) {
        return emdn.find(emdnCode).map(EmdnTerm::term).orElse(emdnCode);
    }
}
