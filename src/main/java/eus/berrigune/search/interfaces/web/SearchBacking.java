package eus.berrigune.search.interfaces.web;

import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.search.application.ProductSearch;
import eus.berrigune.search.application.SearchCriteria;
import eus.berrigune.search.application.SearchRequest;
import eus.berrigune.search.application.SearchResponse;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import eus.berrigune.shared.interfaces.web.LocaleBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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

    private SearchCriteria criteria;
    private int page;
    private SearchResponse response;

    /** View action: reads the parameters (invalid ones are ignored, never an error page) and searches. */
    public void load() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, List.of(values)));
        criteria = SearchCriteria.of(params, emdn::exists);
        try {
            page = Math.max(0, Integer.parseInt(String.valueOf(request.getParameter("page"))));
        } catch (NumberFormatException e) {
            page = 0;
        }
        response = search.search(criteria.request(page, PAGE_SIZE, locale.getLanguage()));
    }

    /** The URL of this search with one facet value switched on or off (back to the first page). */
    public String toggle(String dimension, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        criteria.filters().forEach((k, v) -> next.put(k, new ArrayList<>(v)));
        List<String> values = next.computeIfAbsent(dimension, k -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return url(new SearchCriteria(criteria.text(), criteria.emdn(), next, criteria.sort()), 0);
    }

    public String withEmdn(String emdnCode) {
        return url(new SearchCriteria(criteria.text(), emdnCode, criteria.filters(), criteria.sort()), 0);
    }

    public String withSort(String newSort) {
        return url(new SearchCriteria(criteria.text(), criteria.emdn(), criteria.filters(),
                SearchRequest.Sort.valueOf(newSort)), 0);
    }

    public String withPage(int newPage) {
        return url(criteria, newPage);
    }

    public String withoutText() {
        return url(new SearchCriteria(null, criteria.emdn(), criteria.filters(), criteria.sort()), 0);
    }

    public String withoutFilters() {
        return url(new SearchCriteria(criteria.text(), null, Map.of(), criteria.sort()), 0);
    }

    /** The canonical query of this search (without the page), as saved searches keep it. */
    public String getQuery() {
        return criteria.toQuery();
    }

    private String url(SearchCriteria c, int p) {
        String query = c.toQuery();
        if (p > 0) {
            query = query.isEmpty() ? "page=" + p : query + "&page=" + p;
        }
        return request.getContextPath() + "/search.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    public boolean hasFilters() {
        return criteria.emdn() != null || !criteria.filters().isEmpty();
    }

    public String getQ() {
        return criteria.text();
    }

    public String getCode() {
        return criteria.emdn();
    }

    public EmdnTerm getCodeTerm() {
        return criteria.emdn() == null ? null : emdn.find(criteria.emdn()).orElse(null);
    }

    public String getSort() {
        return criteria.sort().name();
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
