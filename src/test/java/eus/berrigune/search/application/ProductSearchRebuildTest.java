package eus.berrigune.search.application;

import static eus.berrigune.search.application.ProductSearchTextTest.product;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A rebuild reads the database page by page while products keep changing: a change committed after the rebuild read
 * the product must still be in the index once the rebuild is swapped in (at start and at the daily rebuild alike).
 */
class ProductSearchRebuildTest {

    private final InMemoryCatalogue catalogue = new InMemoryCatalogue();

    @AfterEach
    void close() {
        catalogue.close();
    }

    private boolean finds(String text, long productId) {
        return catalogue.search.publishedMatch(
                new SearchCriteria(text, null, Map.of(), SearchRequest.Sort.RELEVANCE), productId);
    }

    @Test
    void aChangeCommittedWhileTheFirstBuildReadsIsInTheIndex() {
        catalogue.with(product(1, "es", "Monitor cardiaco", "Mide el ritmo.", "Z120301", "A1"));
        catalogue.changeDuringRead = () ->
                catalogue.commit(product(1, "es", "Bomba de infusión", "Administra fármacos.", "Z120301", "A1"));

        catalogue.search.rebuild();

        assertThat(finds("infusión", 1)).isTrue();
        assertThat(finds("cardiaco", 1)).isFalse();
    }

    @Test
    void aChangeCommittedWhileTheDailyRebuildReadsIsInTheNewIndex() {
        catalogue.with(product(1, "es", "Monitor cardiaco", "Mide el ritmo.", "Z120301", "A1"))
                .with(product(2, "es", "Apósito de plata", "Para heridas.", "M0401", "B2"));
        catalogue.search.rebuild();
        assertThat(finds("cardiaco", 1)).isTrue();
        assertThat(finds("plata", 2)).isTrue();

        catalogue.changeDuringRead = () -> {
            catalogue.commit(product(1, "es", "Bomba de infusión", "Administra fármacos.", "Z120301", "A1"));
            catalogue.delete(2);
        };
        catalogue.search.rebuild();

        assertThat(finds("infusión", 1)).isTrue();
        assertThat(finds("cardiaco", 1)).isFalse();
        assertThat(finds("plata", 2)).isFalse();
    }

    @Test
    void aChangeAfterTheRebuildGoesStraightIntoTheIndex() {
        catalogue.with(product(1, "es", "Monitor cardiaco", "Mide el ritmo.", "Z120301", "A1"));
        catalogue.search.rebuild();

        catalogue.commit(product(1, "es", "Bomba de infusión", "Administra fármacos.", "Z120301", "A1"));

        assertThat(finds("infusión", 1)).isTrue();
    }
}
