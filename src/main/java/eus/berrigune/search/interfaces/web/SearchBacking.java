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
    private List<FacetView> facetViews;
    private List<ResultView> resultViews;

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

    /**
     * The facets as the page shows them, each value with its link and label worked out here once. The page is
     * rendered for every search, so it reads plain getters (Jakarta EL caches them) rather than calling record
     * accessors and backing-bean methods, which EL looks up by reflection at every call, a few thousand times a page.
     */
    public List<FacetView> getFacetViews() {
        if (facetViews == null) {
            facetViews = new ArrayList<>();
            for (SearchResponse.Facet facet : getFacets()) {
                boolean emdnDimension = isEmdnDimension(facet.dimension());
                List<FacetLink> links = new ArrayList<>();
                for (SearchResponse.FacetValue v : facet.values()) {
                    links.add(emdnDimension
                            ? new FacetLink(withEmdn(v.value()), v.value(), emdnTerm(v.value()), v.count(), false, true)
                            : new FacetLink(toggle(facet.dimension(), v.value()), v.value(),
                                    label(facet.dimension(), v.value()), v.count(), v.selected(), false));
                }
                facetViews.add(new FacetView(facet.dimension(), links, FacesMessages.text("search.facets.selected")));
            }
        }
        return facetViews;
    }

    /** The results as the page shows them (see {@link #getFacetViews()}). */
    public List<ResultView> getResultViews() {
        if (resultViews == null) {
            resultViews = response.hits().stream().map(ResultView::new).toList();
        }
        return resultViews;
    }

    /** A facet and its values. */
    public static final class FacetView {
        private final String dimension;
        private final List<FacetLink> links;
        private final String html;

        FacetView(String dimension, List<FacetLink> links, String selectedText) {
            this.dimension = dimension;
            this.links = links;
            this.html = itemsHtml(links, selectedText);
        }

        /**
         * The facet's list items, every piece HTML-escaped: written here rather than by a {@code ui:repeat} of eight
         * expressions per value (a search page has a hundred values or more, and rendering them was a fifth of the
         * page's time). The markup is the one the page had: an EMDN value shows its code and (English) term; another
         * value is marked when selected, for sight ("✓") and for screen readers (visually hidden text,
         * {@code aria-current}).
         */
        static String itemsHtml(List<FacetLink> links, String selectedText) {
            StringBuilder html = new StringBuilder(links.size() * 160);
            for (FacetLink v : links) {
                html.append("<li><a href=\"");
                ResultView.escape(v.getHref(), html);
                if (v.isEmdn()) {
                    html.append("\"><span class=\"code\">");
                    ResultView.escape(v.getValue(), html);
                    html.append("</span> <span lang=\"en\">");
                    ResultView.escape(v.getLabel(), html);
                    html.append("</span> (").append(v.getCount()).append(")</a></li>");
                } else {
                    html.append(v.isSelected() ? "\" class=\"facet__value facet__value--selected\" aria-current=\"true\">✓ "
                            : "\" class=\"facet__value\" aria-current=\"false\">");
                    ResultView.escape(v.getLabel(), html);
                    html.append(" (").append(v.getCount()).append(')');
                    if (v.isSelected()) {
                        html.append("<span class=\"visually-hidden\"> ");
                        ResultView.escape(selectedText, html);
                        html.append("</span>");
                    }
                    html.append("</a></li>");
                }
            }
            return html.toString();
        }

        public String getHtml() {
            return html;
        }

        public String getDimension() {
            return dimension;
        }

        public List<FacetLink> getLinks() {
            return links;
        }
    }

    /** One facet value: where clicking it leads, its label and count, whether it is selected. */
    public static final class FacetLink {
        private final String href;
        private final String value;
        private final String label;
        private final long count;
        private final boolean selected;
        private final boolean emdn;

        FacetLink(String href, String value, String label, long count, boolean selected, boolean emdn) {
            this.href = href;
            this.value = value;
            this.label = label;
            this.count = count;
            this.selected = selected;
            this.emdn = emdn;
        }

        public String getHref() {
            return href;
        }

        public String getValue() {
            return value;
        }

        /** The value's label in the reader's language; for an EMDN code, its (English) term. */
        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        public boolean isSelected() {
            return selected;
        }

        public boolean isEmdn() {
            return emdn;
        }
    }

    /** One result card. */
    public static final class ResultView {
        private final SearchResponse.Hit hit;
        private final String titleHtml;

        ResultView(SearchResponse.Hit hit) {
            this.hit = hit;
            this.titleHtml = titleHtml(hit.highlighted());
        }

        /** The name with matched words in {@code <mark>}, every piece HTML-escaped. */
        static String titleHtml(List<SearchResponse.Piece> pieces) {
            StringBuilder html = new StringBuilder();
            for (SearchResponse.Piece piece : pieces) {
                if (piece.match()) {
                    html.append("<mark>");
                }
                escape(piece.text(), html);
                if (piece.match()) {
                    html.append("</mark>");
                }
            }
            return html.toString();
        }

        static void escape(String text, StringBuilder html) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '&' -> html.append("&amp;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(c);
                }
            }
        }

        public long getId() {
            return hit.id();
        }

        public String getTitleHtml() {
            return titleHtml;
        }

        public String getLanguage() {
            return hit.language();
        }

        public String getCompanyName() {
            return hit.companyName();
        }

        public String getEmdnCode() {
            return hit.emdnCode();
        }

        public String getEmdnTerm() {
            return hit.emdnTerm();
        }

        public String getStatus() {
            return hit.status().name();
        }

        public boolean isPublished() {
            return hit.status() == eus.berrigune.catalog.domain.ProductStatus.PUBLISHED;
        }

        public String getRiskClass() {
            return hit.riskClass() == null ? null : hit.riskClass().name();
        }

        public boolean isCertificateExpired() {
            return hit.certificateExpired();
        }

        public String getEvidenceLevel() {
            return hit.evidenceLevel().name();
        }

        public long getVerifiedCount() {
            return hit.verifiedCount();
        }

        public java.math.BigDecimal getKgCo2e() {
            return hit.kgCo2e();
        }

        public String getDeclaredUnit() {
            return hit.declaredUnit();
        }
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
