package eus.berrigune.search.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    @Test
    void csvQuotesEveryFieldAndDefusesFormulas() {
        String csv = ComparisonTable.csv(List.of(
                new ComparisonTable.Row("Name", List.of("Monitor \"Pro\"", "=HYPERLINK(\"x\")"), true)));
        assertThat(csv).isEqualTo("\"Name\",\"Monitor \"\"Pro\"\"\",\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }
}
