package eus.berrigune.search.interfaces.web;

import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.search.application.ProductSearch;
import eus.berrigune.search.application.SearchCriteria;
import eus.berrigune.search.application.SearchRequest;
import eus.berrigune.search.application.SearchResponse;
import eus.berrigune.shared.domain.Language;
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

    @Inject
    RenderedFragments fragments;

    /** What the facet lists' markup depends on. */
    private record FacetsKey(String contextPath, Language language,
            SearchCriteria criteria, List<SearchResponse.Facet> facets) {}

    /** What the result cards' markup depends on. */
    private record ResultsKey(String contextPath, Language language,
            List<SearchResponse.Hit> hits) {}

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

    public SearchResponse getResponse() {
        return response;
    }

    /** The facets that have values to show. */
    private List<SearchResponse.Facet> facetsToShow() {
        return response.facets().stream().filter(f -> !f.values().isEmpty()).toList();
    }

    /** The facets as the page shows them, each value with its link and label worked out once. */
    private List<FacetView> facetViews() {
        if (facetViews == null) {
            facetViews = new ArrayList<>();
            for (SearchResponse.Facet facet : facetsToShow()) {
                boolean emdnDimension = isEmdnDimension(facet.dimension());
                List<FacetLink> links = new ArrayList<>();
                for (SearchResponse.FacetValue v : facet.values()) {
                    links.add(emdnDimension
                            ? new FacetLink(withEmdn(v.value()), v.value(), emdnTerm(v.value()), v.count(), false, true)
                            : new FacetLink(toggle(facet.dimension(), v.value()), v.value(),
                                    label(facet.dimension(), v.value()), v.count(), v.selected(), false));
                }
                facetViews.add(new FacetView(FacesMessages.text("search.facet." + facet.dimension()), links,
                        FacesMessages.text("search.facets.selected")));
            }
        }
        return facetViews;
    }

    /** The result cards of this page. */
    private List<ResultView> resultViews() {
        if (resultViews == null) {
            resultViews = response.hits().stream().map(ResultView::new).toList();
        }
        return resultViews;
    }

    /**
     * The result cards' list items, written here for the reason the facet lists are (twenty cards of fifteen
     * expressions each were most of the page's rendering time), every piece escaped.
     */
    public String getResultsHtml() {
        return fragments.get(new ResultsKey(request.getContextPath(), locale.getLanguage(), response.hits()), () -> {
            StringBuilder html = new StringBuilder(resultViews().size() * 900);
            for (ResultView card : resultViews()) {
                card.cardHtml(request.getContextPath(), FacesMessages::text, html);
            }
            return html.toString();
        });
    }

    /**
     * The facets' sections as the page shows them, written here for the reason each facet's list is (a
     * {@code ui:repeat} over the facets was a third of the page's rendering).
     */
    public String getFacetsHtml() {
        return fragments.get(new FacetsKey(request.getContextPath(), locale.getLanguage(), criteria,
                response.facets()), () -> {
                    StringBuilder html = new StringBuilder(8192);
                    for (FacetView facet : facetViews()) {
                        html.append(facet.getSectionHtml());
                    }
                    return html.toString();
                });
    }

    /** The orders to sort by, each a link to this search in that order, the current one marked. */
    public String getSortsHtml() {
        StringBuilder html = new StringBuilder(600);
        for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
            sortLinkHtml(withSort(sort.name()), FacesMessages.text("search.sort." + sort.name()),
                    sort == criteria.sort(), html);
        }
        return html.toString();
    }

    static void sortLinkHtml(String href, String label, boolean current, StringBuilder html) {
        html.append("<a href=\"");
        ResultView.escape(href, html);
        html.append("\" aria-current=\"").append(current).append("\">");
        ResultView.escape(label, html);
        html.append("</a>\n");
    }

    /** A facet and its values. */
    public static final class FacetView {
        private final String sectionHtml;

        FacetView(String heading, List<FacetLink> links, String selectedText) {
            this.sectionHtml = sectionHtml(heading, itemsHtml(links, selectedText));
        }

        /** The facet's section: its heading and the list of its values. */
        static String sectionHtml(String heading, String itemsHtml) {
            StringBuilder section = new StringBuilder(itemsHtml.length() + 120);
            section.append("<section class=\"facet\"><h3>");
            ResultView.escape(heading, section);
            return section.append("</h3>\n<ul>").append(itemsHtml).append("</ul></section>\n").toString();
        }

        public String getSectionHtml() {
            return sectionHtml;
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

        /**
         * The card as a list item: name (linked, matches marked), company, EMDN code and term, badges (state unless
         * published, risk class, expired certificate, evidence level, verified items, footprint per declared unit)
         * and the box that picks it for comparison.
         *
         * @param text the reader's message for a bundle key
         */
        void cardHtml(String contextPath, java.util.function.Function<String, String> text, StringBuilder html) {
            html.append("<li class=\"card\"><h3 class=\"card__title\"><a href=\"");
            escape(contextPath, html);
            html.append("/catalog/product.xhtml?id=").append(hit.id()).append('"');
            if (hit.language() != null) {
                html.append(" lang=\"");
                escape(hit.language(), html);
                html.append('"');
            }
            html.append('>').append(titleHtml).append("</a></h3>\n<p class=\"card__company\">");
            escape(hit.companyName(), html);
            html.append("</p>\n<p class=\"card__emdn\"><span class=\"code\">");
            escape(hit.emdnCode(), html);
            html.append("</span> <span lang=\"en\">");
            escape(hit.emdnTerm(), html);
            html.append("</span></p>\n<ul class=\"badges\">");
            if (hit.status() != ProductStatus.PUBLISHED) {
                badge("badge", text.apply("ProductStatus." + hit.status().name()), html);
            }
            if (hit.riskClass() != null) {
                badge("badge", text.apply("product.label.class") + " "
                        + text.apply("RiskClass." + hit.riskClass().name()), html);
            }
            if (hit.certificateExpired()) {
                badge("badge badge--alert", text.apply("product.flag.certificateExpired"), html);
            }
            badge("badge", text.apply("product.label.evidence") + ": "
                    + text.apply("EvidenceLevel." + hit.evidenceLevel().name()), html);
            if (hit.verifiedCount() > 0) {
                badge("badge badge--ok", hit.verifiedCount() + " " + text.apply("product.label.verified"), html);
            }
            if (hit.kgCo2e() != null) {
                html.append("<li class=\"badge\">");
                escape(hit.kgCo2e().toString(), html);
                html.append(" kg CO₂e / <span lang=\"en\">");
                escape(hit.declaredUnit() == null ? "" : hit.declaredUnit(), html);
                html.append("</span></li>");
            }
            html.append("</ul>\n<p class=\"field--check compare-pick\"><input type=\"checkbox\" name=\"id\" value=\"")
                    .append(hit.id()).append("\" id=\"compare-").append(hit.id()).append("\"/>\n<label for=\"compare-")
                    .append(hit.id()).append("\">");
            escape(text.apply("search.compare.pick"), html);
            html.append("</label></p></li>\n");
        }

        private static void badge(String classes, String label, StringBuilder html) {
            html.append("<li class=\"").append(classes).append("\">");
            escape(label, html);
            html.append("</li>");
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
