package eus.berrigune.search.application;

import static eus.berrigune.search.application.ProductSearchTextTest.product;
import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.catalog.application.ProductDetails;
import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.shared.domain.Language;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Suggestions as you type: the word being typed is a prefix, names come in the reader's language, drafts never. */
class ProductSuggestTest {

    static final InMemoryCatalogue catalogue = new InMemoryCatalogue();

    @BeforeAll
    static void index() {
        catalogue.with(product(1, ProductStatus.PUBLISHED, Map.of(
                        "es", new ProductDetails.Text("Monitor cardiaco portátil", "Mide el ritmo.", "Purpose"),
                        "eu", new ProductDetails.Text("Bihotz-monitore eramangarria", "Erritmoa neurtzen du.", "Xedea")),
                        "Z120301", "A1"))
                .with(product(2, "es", "Monitor de glucosa", "Mide la glucosa en sangre.", "Z120302", "B2"))
                .with(product(3, "en", "Cardiology imaging software", "Reads cardiac scans.", "Z1205", "C3"))
                .with(product(4, ProductStatus.DRAFT,
                        Map.of("es", new ProductDetails.Text("Desfibrilador secreto", "Borrador.", "Purpose")),
                        "Z120303", "D4"));
        catalogue.search.rebuild();
    }

    @AfterAll
    static void close() {
        catalogue.close();
    }

    static java.util.List<String> suggest(String typed, Language language) {
        return catalogue.search.suggest(typed, 8, language);
    }

    @Test
    void theWordBeingTypedIsAPrefix() {
        // (every product here is classified under an EMDN term "CARDIOLOGY", so "cardi" would find them all)
        assertThat(suggest("cardiac", Language.ES))
                .containsExactlyInAnyOrder("Monitor cardiaco portátil", "Cardiology imaging software");
        assertThat(suggest("gluc", Language.ES)).containsExactly("Monitor de glucosa");
        assertThat(suggest("portat", Language.ES)).containsExactly("Monitor cardiaco portátil"); // accent folded
    }

    @Test
    void completeWordsMustAllMatchAndTheLastOneNarrows() {
        assertThat(suggest("monitor ", Language.ES))
                .containsExactlyInAnyOrder("Monitor cardiaco portátil", "Monitor de glucosa");
        assertThat(suggest("monitor cardiac", Language.ES)).containsExactly("Monitor cardiaco portátil");
        assertThat(suggest("monitor gl", Language.ES)).containsExactly("Monitor de glucosa");
    }

    @Test
    void namesComeInTheReadersLanguageWhereTheProductHasOne() {
        assertThat(suggest("monitor cardiac", Language.EU)).containsExactly("Bihotz-monitore eramangarria");
        assertThat(suggest("gluc", Language.EU)).containsExactly("Monitor de glucosa"); // no Basque name: Spanish
    }

    @Test
    void draftsAreNeverSuggestedAndInputIsOnlyData() {
        assertThat(suggest("desfib", Language.ES)).isEmpty();
        assertThat(suggest("secreto", Language.ES)).isEmpty();
        assertThat(suggest("\"card*", Language.ES)).contains("Monitor cardiaco portátil");
        assertThat(suggest("(( [ ~ ", Language.ES)).isEmpty();
        assertThat(suggest("x".repeat(5000), Language.ES)).isEmpty();
    }
}
