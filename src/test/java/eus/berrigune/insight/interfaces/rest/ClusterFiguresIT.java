package eus.berrigune.insight.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public market figures count published products only, follow a publication once refreshed, export the same
 * figures as CSV, and the page costs an anonymous visitor no session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterFiguresIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withShiftedClock();
    }

    @ArquillianResource
    URL baseUrl;

    Api anonymous;

    @AfterEach
    void resetClock() {
        if (anonymous != null) {
            anonymous.put("/api/v1/test/clock/0", Json.createObjectBuilder().build());
        }
    }

    @Test
    void figuresCountPublishedProductsAndComeAsCsvAndAPageWithoutSession() throws Exception {
        anonymous = Api.anonymous(baseUrl.toURI());
        Actor supplier = new Actors(baseUrl.toURI()).supplierOfNewCompany();
        String word = "cf" + new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        JsonObject before = anonymous.get("/api/v1/insight/cluster").json();

        Products.published(supplier, "Figures " + word);
        supplier.api().post("/api/v1/products", Products.complete("Draft " + word).build());
        assertThat(anonymous.put("/api/v1/test/clock/120", Json.createObjectBuilder().build()).status()).isEqualTo(200);
        JsonObject after = anonymous.get("/api/v1/insight/cluster").json();

        assertThat(after.getInt("publishedProducts")).isEqualTo(before.getInt("publishedProducts") + 1);
        assertThat(after.getInt("companies")).isEqualTo(before.getInt("companies") + 1);
        assertThat(after.getInt("footprintDeclared")).isEqualTo(before.getInt("footprintDeclared") + 1);
        assertThat(band(after, "10-100")).isEqualTo(band(before, "10-100") + 1);
        assertThat(after.toString()).doesNotContain(word);

        Api.Response csv = anonymous.get("/api/v1/insight/cluster.csv", "es");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("section,item,figure\r\n").contains("\"Productos publicados por nivel de evidencia\"");

        Api.Response page = anonymous.get("/insight/cluster.xhtml", "en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("The market in figures", "Published products by evidence level");
        assertThat(page.header("Set-Cookie")).as("no session for anonymous visitors").isNull();
    }

    @Test
    void theInstallationFiguresAreTheAdministratorsOnly() throws Exception {
        anonymous = Api.anonymous(baseUrl.toURI());
        Actors actors = new Actors(baseUrl.toURI());
        JsonObject figures = actors.admin().get("/api/v1/admin/figures").json();
        assertThat(figures.getJsonArray("usersByRole").toString()).contains("\"ADMIN\"", "\"SUPPLIER\"");
        assertThat(figures.getJsonArray("productsByStatus").toString()).contains("\"PUBLISHED\"");
        assertThat(actors.supplierOfNewCompany().api().get("/api/v1/admin/figures").status()).isEqualTo(403);
        assertThat(actors.staffOfNewBuyer("BUYER").api().get("/api/v1/admin/figures").status()).isEqualTo(403);
        assertThat(anonymous.get("/api/v1/admin/figures").status()).isEqualTo(401);
    }

    private static double band(JsonObject figures, String key) {
        return figures.getJsonArray("carbonBands").stream().map(JsonObject.class::cast)
                .filter(b -> b.getString("key").equals(key)).findFirst().orElseThrow()
                .getJsonNumber("value").doubleValue();
    }
}
