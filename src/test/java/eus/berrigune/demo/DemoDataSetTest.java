package eus.berrigune.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.nomenclature.application.EmdnNomenclature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data set is what issue 2 promises: realistic, varied, in three languages, with real EMDN codes. */
class DemoDataSetTest {

    static JsonObject data;
    static EmdnNomenclature emdn = new EmdnNomenclature();

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = DemoDataSetTest.class.getResourceAsStream(DemoDataSet.RESOURCE);
                JsonReader reader = Json.createReader(in)) {
            data = reader.readObject();
        }
        emdn.load();
    }

    static List<JsonObject> all(String key) {
        return data.getJsonArray(key).getValuesAs(JsonObject.class);
    }

    @Test
    void twelveCompaniesAndAtLeastOneBuyingOrganisation() {
        assertThat(all("organisations").stream().filter(o -> o.getString("kind").equals("COMPANY"))).hasSize(12);
        assertThat(all("organisations").stream().filter(o -> o.getString("kind").equals("BUYER"))).isNotEmpty();
    }

    @Test
    void atLeastFortyProductsOverEightCategoriesWithRealCodes() {
        List<JsonObject> products = all("products");
        assertThat(products).hasSizeGreaterThanOrEqualTo(40);
        Set<String> categories = products.stream().map(p -> p.getString("emdn").substring(0, 1)).collect(Collectors.toSet());
        assertThat(categories).hasSizeGreaterThanOrEqualTo(8);
        assertThat(products).allSatisfy(p -> assertThat(emdn.exists(p.getString("emdn"))).as(p.getString("key")).isTrue());
    }

    @Test
    void everyProductIsDescribedInThreeLanguagesWithEvidenceAndSustainabilityAcrossTheSet() {
        List<JsonObject> products = all("products");
        assertThat(products).allSatisfy(p -> assertThat(p.getJsonObject("texts").keySet())
                .as(p.getString("key")).containsExactlyInAnyOrder("eu", "es", "en"));
        assertThat(products.stream().filter(p -> !p.getJsonArray("evidence").isEmpty()).count()).isGreaterThan(30);
        assertThat(products.stream().filter(p -> !p.isNull("sustainability")).count()).isGreaterThan(30);
        assertThat(products.toString()).doesNotContainIgnoringCase("lorem");
    }

    @Test
    void needsAndPilotsReferToRealNeedsProductsAndStatesAndCoverTheLifeCycle() {
        Set<String> needs = all("needs").stream().map(n -> n.getString("key")).collect(Collectors.toSet());
        Set<String> products = all("products").stream().map(p -> p.getString("key")).collect(Collectors.toSet());
        assertThat(all("needs")).allMatch(n -> n.getJsonArray("emdn") == null
                || n.getJsonArray("emdn").getValuesAs(jakarta.json.JsonString.class).stream()
                        .allMatch(c -> emdn.exists(c.getString())));
        assertThat(all("pilots")).allSatisfy(p -> {
            assertThat(needs).contains(p.getString("need"));
            assertThat(products).contains(p.getString("product"));
            eus.berrigune.pilot.domain.PilotStatus.valueOf(p.getString("status"));
        });
        assertThat(all("pilots").stream().map(p -> p.getString("status")).collect(Collectors.toSet()))
                .contains("REQUESTED", "RUNNING", "COMPLETED", "STOPPED", "NEEDS_CLINICAL_INVESTIGATION");
    }
}
