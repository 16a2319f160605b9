package eus.berrigune.search.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.search.application.SearchResponse.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result title the search page writes unescaped: matched words marked, every piece of text escaped. */
class SearchBackingTest {

    @Test
    void titleMarksMatchesAndEscapesEverything() {
        String html = SearchBacking.ResultView.titleHtml(List.of(
                new Piece("Bihotz", true), new Piece(" <script>alert('x')</script> & \"", false),
                new Piece("<b>", true)));

        assertThat(html).isEqualTo("<mark>Bihotz</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;"
                + "<mark>&lt;b&gt;</mark>");
    }
}
