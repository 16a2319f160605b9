package eus.berrigune.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

    static boolean known(String code) {
        return code.startsWith("Z");
    }

    @Test
    void theCanonicalQueryRoundTrips() {
        SearchCriteria criteria = new SearchCriteria("corazón & pulmón", "z12", Map.of("risk", List.of("IIA", "IIB")),
                SearchRequest.Sort.CARBON);
        String query = criteria.toQuery();
        assertThat(query).isEqualTo("q=coraz%C3%B3n+%26+pulm%C3%B3n&emdn=Z12&f=risk%3AIIA&f=risk%3AIIB&sort=CARBON");
        assertThat(SearchCriteria.parse(query, SearchCriteriaTest::known)).isEqualTo(criteria);
    }

    @Test
    void parsingForgivesAndDropsWhatItDoesNotKnow() {
        SearchCriteria criteria = SearchCriteria.parse(
                "q=%E2%9C%93+monitor&emdn=Q99&f=risk:IIA&f=colour:red&f=risk:IIA&f=trl:&sort=cheapest&page=4&x=%zz",
                SearchCriteriaTest::known);
        assertThat(criteria.text()).isEqualTo("✓ monitor");
        assertThat(criteria.emdn()).isNull();
        assertThat(criteria.filters()).isEqualTo(Map.of("risk", List.of("IIA")));
        assertThat(criteria.sort()).isEqualTo(SearchRequest.Sort.RELEVANCE);
        assertThat(criteria.toQuery()).isEqualTo("q=%E2%9C%93+monitor&f=risk%3AIIA");
    }

    @Test
    void emptyMeansTheWholeCatalogue() {
        SearchCriteria criteria = SearchCriteria.parse(null, SearchCriteriaTest::known);
        assertThat(criteria.isEmpty()).isTrue();
        assertThat(criteria.toQuery()).isEmpty();
        assertThat(SearchCriteria.parse("q=" + "x".repeat(500), SearchCriteriaTest::known).text()).hasSize(200);
    }
}
