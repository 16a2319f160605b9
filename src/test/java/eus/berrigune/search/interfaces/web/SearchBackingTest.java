package eus.berrigune.search.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EvidenceLevel;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.catalog.domain.RiskClass;
import eus.berrigune.search.application.SearchResponse;
import eus.berrigune.search.application.SearchResponse.Piece;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the search page writes unescaped (result cards and titles, facet values): marked up as before, every piece escaped. */
class SearchBackingTest {

    @Test
    void titleMarksMatchesAndEscapesEverything() {
        String html = SearchBacking.ResultView.titleHtml(List.of(
                new Piece("Bihotz", true), new Piece(" <script>alert('x')</script> & \"", false),
                new Piece("<b>", true)));

        assertThat(html).isEqualTo("<mark>Bihotz</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;"
                + "<mark>&lt;b&gt;</mark>");
    }

    @Test
    void facetValuesKeepTheirMarkupAndEscapeEverything() {
        String html = SearchBacking.FacetView.itemsHtml(List.of(
                new SearchBacking.FacetLink("/search.xhtml?q=a&f=risk:IIA", "IIA", "Class <IIa>", 12, true, false),
                new SearchBacking.FacetLink("/search.xhtml?emdn=Z12", "Z12", "\"Imaging\"", 3, false, true),
                new SearchBacking.FacetLink("/search.xhtml?f=ce:VALID", "VALID", "Valid", 0, false, false)), "selected");

        assertThat(html).isEqualTo(
                "<li><a href=\"/search.xhtml?q=a&amp;f=risk:IIA\" class=\"facet__value facet__value--selected\" "
                + "aria-current=\"true\">✓ Class &lt;IIa&gt; (12)<span class=\"visually-hidden\"> selected</span></a></li>"
                + "<li><a href=\"/search.xhtml?emdn=Z12\"><span class=\"code\">Z12</span> <span lang=\"en\">&quot;Imaging&quot;"
                + "</span> (3)</a></li>"
                + "<li><a href=\"/search.xhtml?f=ce:VALID\" class=\"facet__value\" aria-current=\"false\">Valid (0)</a></li>");
    }

    @Test
    void resultCardsKeepTheirMarkupAndEscapeEverything() {
        SearchResponse.Hit draft = new SearchResponse.Hit(42, ProductStatus.DRAFT, "Monitor <x>", "es",
                List.of(new Piece("Monitor", true), new Piece(" <x>", false)), "Bihotz & Co", "Z120301",
                "\"Monitors\"", RiskClass.IIA, CeStatus.CE_MARKED, true, EvidenceLevel.COMPARATIVE, 2,
                new BigDecimal("12.5"), "one <device>", 7);
        SearchResponse.Hit plain = new SearchResponse.Hit(7, ProductStatus.PUBLISHED, "Apósito", null,
                List.of(new Piece("Apósito", false)), "Zauri", "M0401", "Dressings", null, CeStatus.NOT_MARKED, false,
                EvidenceLevel.NONE, 0, null, null, null);
        StringBuilder html = new StringBuilder();
        new SearchBacking.ResultView(draft).cardHtml("/ctx", key -> "[" + key + "]", html);
        new SearchBacking.ResultView(plain).cardHtml("/ctx", key -> "<" + key + ">", html);

        assertThat(html.toString()).isEqualTo(
                "<li class=\"card\"><h3 class=\"card__title\"><a href=\"/ctx/catalog/product.xhtml?id=42\" lang=\"es\">"
                + "<mark>Monitor</mark> &lt;x&gt;</a></h3>\n<p class=\"card__company\">Bihotz &amp; Co</p>\n"
                + "<p class=\"card__emdn\"><span class=\"code\">Z120301</span> <span lang=\"en\">&quot;Monitors&quot;</span></p>\n"
                + "<ul class=\"badges\"><li class=\"badge\">[ProductStatus.DRAFT]</li>"
                + "<li class=\"badge\">[product.label.class] [RiskClass.IIA]</li>"
                + "<li class=\"badge badge--alert\">[product.flag.certificateExpired]</li>"
                + "<li class=\"badge\">[product.label.evidence]: [EvidenceLevel.COMPARATIVE]</li>"
                + "<li class=\"badge badge--ok\">2 [product.label.verified]</li>"
                + "<li class=\"badge\">12.5 kg CO₂e / <span lang=\"en\">one &lt;device&gt;</span></li></ul>\n"
                + "<p class=\"field--check compare-pick\"><input type=\"checkbox\" name=\"id\" value=\"42\" id=\"compare-42\"/>\n"
                + "<label for=\"compare-42\">[search.compare.pick]</label></p></li>\n"
                + "<li class=\"card\"><h3 class=\"card__title\"><a href=\"/ctx/catalog/product.xhtml?id=7\">Apósito</a></h3>\n"
                + "<p class=\"card__company\">Zauri</p>\n"
                + "<p class=\"card__emdn\"><span class=\"code\">M0401</span> <span lang=\"en\">Dressings</span></p>\n"
                + "<ul class=\"badges\"><li class=\"badge\">&lt;product.label.evidence&gt;: &lt;EvidenceLevel.NONE&gt;</li></ul>\n"
                + "<p class=\"field--check compare-pick\"><input type=\"checkbox\" name=\"id\" value=\"7\" id=\"compare-7\"/>\n"
                + "<label for=\"compare-7\">&lt;search.compare.pick&gt;</label></p></li>\n");
    }

    @Test
    void facetSectionsAndSortLinksEscapeEverything() {
        assertThat(SearchBacking.FacetView.sectionHtml("Risk <class>", "<li>x</li>"))
                .isEqualTo("<section class=\"facet\"><h3>Risk &lt;class&gt;</h3>\n<ul><li>x</li></ul></section>\n");
        StringBuilder html = new StringBuilder();
        SearchBacking.sortLinkHtml("/search.xhtml?q=a&sort=CARBON", "Carbon \"footprint\"", true, html);
        SearchBacking.sortLinkHtml("/search.xhtml?q=a", "Relevance", false, html);
        assertThat(html.toString()).isEqualTo(
                "<a href=\"/search.xhtml?q=a&amp;sort=CARBON\" aria-current=\"true\">Carbon &quot;footprint&quot;</a>\n"
                + "<a href=\"/search.xhtml?q=a\" aria-current=\"false\">Relevance</a>\n");
    }
}
