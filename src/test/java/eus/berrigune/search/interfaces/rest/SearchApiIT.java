package eus.berrigune.search.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Database;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Search shows exactly what the caller may read, is current right after each change, and takes any input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    Actors actors;
    Actor supplier;
    Actor competitor;
    Api anonymous;
    String word;

    @BeforeEach
    void arrange() throws Exception {
        URI base = baseUrl.toURI();
        actors = new Actors(base);
        supplier = actors.supplierOfNewCompany();
        competitor = actors.supplierOfNewCompany();
        anonymous = Api.anonymous(base);
        word = "zq" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    static String q(String text) {
        return "/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void draftsAreFoundOnlyByTheirCompanyAndPublicationIsSearchableAtOnce() {
        long id = supplier.api().post("/api/v1/products", Products.complete("Cardiomonitor " + word).build()).locationId();

        assertThat(anonymous.get(q(word)).json().getJsonNumber("total").longValue()).isZero();
        assertThat(competitor.api().get(q(word)).json().getJsonNumber("total").longValue()).isZero();
        assertThat(actors.staffOfNewBuyer("BUYER").api().get(q(word)).json().getJsonNumber("total").longValue()).isZero();
        JsonObject own = supplier.api().get(q(word)).json();
        assertThat(own.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(own.getJsonArray("hits").getJsonObject(0).getString("status")).isEqualTo("DRAFT");

        supplier.api().post("/api/v1/products/" + id + "/publish", null);
        assertThat(anonymous.get(q(word)).json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(competitor.api().get(q(word)).json().getJsonNumber("total").longValue()).isEqualTo(1);

        supplier.api().post("/api/v1/products/" + id + "/archive", Json.createObjectBuilder().build());
        assertThat(anonymous.get(q(word)).json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void facetsCountAndNarrow() {
        long id = supplier.api().post("/api/v1/products", Products.complete("Facet monitor " + word).build()).locationId();
        supplier.api().post("/api/v1/products/" + id + "/publish", null);

        JsonObject all = anonymous.get(q(word)).json();
        assertThat(all.getJsonArray("facets").toString()).contains("\"dimension\":\"risk\"", "\"value\":\"IIA\"");
        assertThat(anonymous.get(q(word) + "&f=risk:IIA").json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(anonymous.get(q(word) + "&f=risk:III").json().getJsonNumber("total").longValue()).isZero();
        assertThat(anonymous.get(q(word) + "&emdn=Z12").json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(anonymous.get(q(word) + "&emdn=C").json().getJsonNumber("total").longValue()).isZero();
        assertThat(anonymous.get(q(word) + "&sort=CARBON").status()).isEqualTo(200);
        assertThat(anonymous.get(q(word) + "&sort=cheapest").status()).isEqualTo(422);
    }

    @Test
    void everyWordMustMatchUnlessNoProductHasThemAll() {
        String other = "yw" + new StringBuilder(word.substring(2)).reverse(); // far from word, even with typos
        long both = supplier.api().post("/api/v1/products",
                Products.complete("Dialysis " + word + " " + other).build()).locationId();
        long one = supplier.api().post("/api/v1/products", Products.complete("Infusion " + word).build()).locationId();
        supplier.api().post("/api/v1/products/" + both + "/publish", null);
        supplier.api().post("/api/v1/products/" + one + "/publish", null);

        JsonObject all = anonymous.get(q(word + " " + other)).json();
        assertThat(all.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(all.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(both);
        assertThat(all.getBoolean("allWords")).isTrue();

        String absent = "xv" + word.substring(2) + "qqqq"; // in no product, even with typos
        JsonObject some = anonymous.get(q(word + " " + absent)).json();
        assertThat(some.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(some.getBoolean("allWords")).isFalse();
        assertThat(anonymous.get("/search.xhtml?q=" + word + "+" + absent).text())
                .contains("No product matches all of your words");
    }

    /**
     * Another server sharing the database publishes a product: this server's index reads it from the change log
     * (docs/operations.md, "Several nodes") within two seconds.
     */
    @Test
    void aProductPublishedThroughAnotherServerIsFoundWithinTwoSeconds() throws Exception {
        long id = supplier.api().post("/api/v1/products", Products.complete("Elsewhere " + word).build()).locationId();
        assertThat(anonymous.get(q(word)).json().getJsonNumber("total").longValue()).isZero();

        try (java.sql.Connection db = Database.connect()) {
            db.setAutoCommit(false);
            try (var publish = db.prepareStatement(
                    "update product set status = 'PUBLISHED', published_at = current_timestamp, version = version + 1 where id = ?");
                 var log = db.prepareStatement("insert into product_change (product_id, node) values (?, 'another-server')")) {
                publish.setLong(1, id);
                assertThat(publish.executeUpdate()).isEqualTo(1);
                log.setLong(1, id);
                log.executeUpdate();
            }
            db.commit();
        }
        long committed = System.nanoTime();
        long found = 0;
        while (found == 0 && System.nanoTime() - committed < 5_000_000_000L) {
            found = anonymous.get(q(word)).json().getJsonNumber("total").longValue();
            if (found == 0) {
                Thread.sleep(50);
            }
        }
        double seconds = (System.nanoTime() - committed) / 1e9;
        assertThat(found).isEqualTo(1);
        assertThat(seconds).as("seconds until found").isLessThan(2.0);
    }

    @Test
    void anyInputAnswersWithResultsOrAClearMessage() {
        for (String text : new String[] {"\"", "(", "*", "?:", "[a TO z]", "\\", "x".repeat(5000), "<script>alert(1)</script>"}) {
            Api.Response response = anonymous.get(q(text));
            assertThat(response.status()).as(text).isEqualTo(200);
            assertThat(anonymous.get("/search.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).status())
                    .as(text).isEqualTo(200);
        }
        assertThat(anonymous.get("/search.xhtml?q=%3Cscript%3Ealert(1)%3C/script%3E").text()).doesNotContain("<script>alert");
    }

    @Test
    void theSearchPageIsStatelessAndBookmarkable() {
        long id = supplier.api().post("/api/v1/products", Products.complete("Bookmarked monitor " + word).build()).locationId();
        supplier.api().post("/api/v1/products/" + id + "/publish", null);
        Api.Response page = anonymous.get("/search.xhtml?q=" + word + "&f=risk:IIA&sort=EVIDENCE");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Set-Cookie")).isNull();
        assertThat(page.text()).contains("Bookmarked monitor", "<mark>" + word + "</mark>");
    }

    @Test
    void comparisonLeavesOutWhatTheCallerMayNotReadAndExportsCsv() {
        long a = supplier.api().post("/api/v1/products", Products.complete("Compared A " + word).build()).locationId();
        long b = supplier.api().post("/api/v1/products", Products.complete("Compared B " + word).build()).locationId();
        supplier.api().post("/api/v1/products/" + a + "/publish", null);
        supplier.api().post("/api/v1/products/" + b + "/publish", null);
        long draft = competitor.api().post("/api/v1/products", Products.complete("Secret " + word).build()).locationId();

        JsonObject result = anonymous.get("/api/v1/compare?id=" + a + "&id=" + b + "&id=" + draft).json();
        assertThat(result.getJsonArray("products")).hasSize(2);
        assertThat(result.getInt("missing")).isEqualTo(1);
        assertThat(result.getBoolean("footprintsComparable")).isTrue();
        assertThat(result.toString()).doesNotContain("Secret");
        assertThat(anonymous.get("/api/v1/compare?id=" + a).status()).isEqualTo(422);

        Api.Response csv = anonymous.get("/compare.csv?id=" + a + "&id=" + b);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).contains("Compared A " + word, "Compared B " + word, "IIa");
        Api.Response page = anonymous.get("/compare.xhtml?id=" + a + "&id=" + b);
        assertThat(page.text()).contains("Compared A " + word, "differs");
        assertThat(page.header("Set-Cookie")).isNull();
    }
}
