package eus.berrigune.search.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.search.application.SearchResponse.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the search page writes unescaped (result titles, facet values): marked up as before, every piece escaped. */
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
}
