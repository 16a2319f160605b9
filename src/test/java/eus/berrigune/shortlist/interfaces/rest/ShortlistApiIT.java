package eus.berrigune.shortlist.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shortlists and saved searches are personal to the buyer who made them; a saved search tells its owner, once, about
 * each published product that starts to match it, and nobody else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShortlistApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    Actors actors;
    Actor supplier;
    Actor buyer;
    Actor colleague;
    Actor otherHospital;
    String word;

    @BeforeEach
    void arrange() throws Exception {
        URI base = baseUrl.toURI();
        actors = new Actors(base);
        supplier = actors.supplierOfNewCompany();
        buyer = actors.staffOfNewBuyer("BUYER");
        colleague = actors.staffOf(buyer, "BUYER");
        otherHospital = actors.staffOfNewBuyer("BUYER");
        word = "zq" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    long published(String name) {
        long id = supplier.api().post("/api/v1/products", Products.complete(name).build()).locationId();
        assertThat(supplier.api().post("/api/v1/products/" + id + "/publish", null).status()).isEqualTo(200);
        return id;
    }

    static JsonObject shortlist(String name, long... productIds) {
        var ids = Json.createArrayBuilder();
        for (long id : productIds) {
            ids.add(id);
        }
        return Json.createObjectBuilder().add("name", name).add("productIds", ids).build();
    }

    @Test
    void aBuyerKeepsShortlistsThatNobodyElseCanReachOrChange() {
        long first = published("Shortlisted pump " + word);
        long second = published("Shortlisted monitor " + word);

        Api.Response created = buyer.api().post("/api/v1/shortlists", shortlist("Cardiology " + word, first));
        assertThat(created.status()).isEqualTo(201);
        long id = created.locationId();
        assertThat(buyer.api().post("/api/v1/shortlists/" + id + "/products",
                Json.createObjectBuilder().add("productIds", Json.createArrayBuilder().add(second).add(first)).build())
                .json().getInt("added")).isEqualTo(1);

        JsonObject details = buyer.api().get("/api/v1/shortlists/" + id).json();
        assertThat(details.getString("name")).isEqualTo("Cardiology " + word);
        assertThat(details.getJsonArray("entries")).hasSize(2);
        assertThat(details.getJsonArray("entries").getJsonObject(0).getJsonObject("product").getString("name"))
                .isEqualTo("Shortlisted pump " + word);
        assertThat(buyer.api().get("/api/v1/shortlists").text()).contains("Cardiology " + word);

        // nobody else, not even a colleague of the same hospital, sees or changes it
        for (Actor intruder : new Actor[] {colleague, otherHospital, supplier}) {
            assertThat(intruder.api().get("/api/v1/shortlists/" + id).status()).as(intruder.username()).isIn(403, 404);
            assertThat(intruder.api().delete("/api/v1/shortlists/" + id).status()).as(intruder.username()).isIn(403, 404);
            assertThat(intruder.api().post("/api/v1/shortlists/" + id + "/products",
                    Json.createObjectBuilder().add("productIds", Json.createArrayBuilder().add(first)).build()).status())
                    .isIn(403, 404);
        }
        assertThat(colleague.api().get("/api/v1/shortlists").text()).doesNotContain("Cardiology " + word);
        assertThat(otherHospital.api().get("/api/v1/shortlists/" + id).status()).isEqualTo(404);
        assertThat(supplier.api().post("/api/v1/shortlists", shortlist("Mine " + word)).status()).isEqualTo(403);
        assertThat(Api.anonymous(URI.create(baseUrl.toString())).get("/api/v1/shortlists").status()).isEqualTo(401);
        assertThat(buyer.api().get("/api/v1/shortlists/" + id).json().getJsonArray("entries")).hasSize(2);

        assertThat(buyer.api().delete("/api/v1/shortlists/" + id + "/products/" + first).status()).isEqualTo(204);
        assertThat(buyer.api().get("/api/v1/shortlists/" + id).json().getJsonArray("entries")).hasSize(1);
        assertThat(buyer.api().delete("/api/v1/shortlists/" + id).status()).isEqualTo(204);
        assertThat(buyer.api().get("/api/v1/shortlists/" + id).status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWithALocalisedMessageAndChangesNothing() {
        long visible = published("Valid pump " + word);
        long draft = supplier.api().post("/api/v1/products", Products.complete("Hidden draft " + word).build()).locationId();
        long id = buyer.api().post("/api/v1/shortlists", shortlist("Unique " + word, visible)).locationId();

        Api.Response duplicate = buyer.api().post("/api/v1/shortlists", shortlist("Unique " + word));
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.text()).contains("already have a list with this name");
        assertThat(buyer.api().get("/api/v1/shortlists").jsonArray()).hasSize(1);

        Api.Response blank = buyer.api().post("/api/v1/shortlists", shortlist("   "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(buyer.api().post("/api/v1/shortlists", shortlist("x".repeat(121))).status()).isEqualTo(422);

        // a draft (or a missing product) cannot be shortlisted: nothing is added, not even the valid one
        Api.Response hidden = buyer.api().post("/api/v1/shortlists/" + id + "/products",
                Json.createObjectBuilder().add("productIds", Json.createArrayBuilder().add(visible).add(draft)).build());
        assertThat(hidden.status()).isEqualTo(422);
        assertThat(hidden.text()).contains("Only published products");
        assertThat(buyer.api().post("/api/v1/shortlists", shortlist("With missing " + word, 987654321L)).status())
                .isEqualTo(422);
        assertThat(buyer.api().get("/api/v1/shortlists/" + id).json().getJsonArray("entries")).hasSize(1);
        assertThat(buyer.api().get("/api/v1/shortlists").jsonArray()).hasSize(1);

        // a stale rename is a conflict
        long version = buyer.api().get("/api/v1/shortlists/" + id).json().getJsonNumber("version").longValue();
        assertThat(buyer.api().put("/api/v1/shortlists/" + id,
                Json.createObjectBuilder().add("name", "Renamed " + word).add("version", version).build()).status())
                .isEqualTo(200);
        assertThat(buyer.api().put("/api/v1/shortlists/" + id,
                Json.createObjectBuilder().add("name", "Again " + word).add("version", version).build()).status())
                .isEqualTo(409);
    }

    @Test
    void aSavedSearchKeepsTheSearchItNamesOrIsRefused() {
        // parameters that are not part of a search (tracking, paging) are dropped, however long, never the search
        JsonObject saved = buyer.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                .add("name", "Long " + word).add("query", "q=" + word + "&utm_source=" + "x".repeat(2500))
                .add("alerts", false).build()).json();
        assertThat(saved.getString("query")).isEqualTo("q=" + word);
        // a search reads the first 200 characters of its text, and so does the saved search
        JsonObject longText = buyer.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                .add("name", "Long text " + word).add("query", "q=" + "x".repeat(2100)).add("alerts", false).build())
                .json();
        assertThat(longText.getString("query")).isEqualTo("q=" + "x".repeat(200));
        Api.Response tooLong = buyer.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                .add("name", "Too long " + word).add("query", "q=" + word + "&utm_source=" + "x".repeat(9000))
                .add("alerts", false).build());
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text()).contains("too long");
    }

    @Test
    void aSavedSearchTellsItsOwnerOnceAboutEachNewPublishedMatchAndNobodyElse() {
        JsonObject saved = buyer.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                .add("name", "Pumps " + word).add("query", "q=" + word + "&f=risk:IIA&unknown=1&page=3").add("alerts", true)
                .build()).json();
        long searchId = saved.getJsonNumber("id").longValue();
        assertThat(saved.getString("query")).isEqualTo("q=" + word + "&f=risk%3AIIA");
        long otherSearch = otherHospital.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                .add("name", "Other pumps").add("query", "q=" + word + "&f=risk:III").add("alerts", true).build())
                .locationId();
        long unread = unread(buyer);

        long draft = supplier.api().post("/api/v1/products", Products.complete("Infusion pump " + word).build()).locationId();
        long notMatching = published("Unrelated device");
        supplier.api().post("/api/v1/products/" + draft + "/publish", null);

        await(() -> unread(buyer) == unread + 1);
        JsonObject notification = buyer.api().get("/api/v1/notifications").json().getJsonArray("items").getJsonObject(0);
        assertThat(notification.getString("text")).contains("Pumps " + word, "Infusion pump " + word);
        assertThat(notification.getString("link")).isEqualTo("/buyer/saved-search.xhtml?id=" + searchId);
        assertThat(buyer.api().get("/api/v1/notifications", "es").json().getJsonArray("items").getJsonObject(0)
                .getString("text")).startsWith("Nuevo producto");

        JsonObject opened = buyer.api().get("/api/v1/saved-searches/" + searchId).json();
        assertThat(opened.getJsonArray("matches")).hasSize(1);
        assertThat(opened.getJsonArray("matches").getJsonObject(0).getJsonNumber("productId").longValue()).isEqualTo(draft);
        assertThat(opened.getJsonArray("matches").getJsonObject(0).getBoolean("isNew")).isTrue();
        assertThat(buyer.api().get("/api/v1/saved-searches/" + searchId).json().getJsonArray("matches")
                .getJsonObject(0).getBoolean("isNew")).isFalse();
        assertThat(buyer.api().get("/api/v1/saved-searches/" + searchId + "/results").json()
                .getJsonNumber("total").longValue()).isEqualTo(1);

        // editing the product again does not announce it twice; the other hospital's search (class III) never matched
        supplier.api().post("/api/v1/products/" + draft + "/archive", Json.createObjectBuilder().build());
        supplier.api().post("/api/v1/products/" + draft + "/publish", null);
        published("Second infusion pump " + word);
        await(() -> unread(buyer) == unread + 2);
        assertThat(buyer.api().get("/api/v1/saved-searches/" + searchId).json().getJsonArray("matches")).hasSize(2);
        assertThat(otherHospital.api().get("/api/v1/saved-searches/" + otherSearch).json().getJsonArray("matches")).isEmpty();
        assertThat(otherHospital.api().get("/api/v1/notifications").text()).doesNotContain(word);
        assertThat(colleague.api().get("/api/v1/notifications").text()).doesNotContain(word);
        assertThat(notMatching).isPositive();

        // the saved search and its notifications are the owner's only
        assertThat(colleague.api().get("/api/v1/saved-searches/" + searchId).status()).isEqualTo(404);
        assertThat(otherHospital.api().get("/api/v1/saved-searches/" + searchId + "/results").status()).isEqualTo(404);
        long notificationId = notification.getJsonNumber("id").longValue();
        assertThat(colleague.api().post("/api/v1/notifications/" + notificationId + "/read", null).status()).isEqualTo(404);
        assertThat(buyer.api().post("/api/v1/notifications/" + notificationId + "/read", null).json().getBoolean("read"))
                .isTrue();
    }

    @Test
    void savedSearchNamesAreCheckedAndAlertsCanBeSwitchedOff() {
        long id = buyer.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                .add("name", "Quiet " + word).add("query", "q=" + word).add("alerts", true).build()).locationId();
        assertThat(buyer.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                .add("name", "Quiet " + word).add("query", "").build()).status()).isEqualTo(422);
        assertThat(buyer.api().put("/api/v1/saved-searches/" + id, Json.createObjectBuilder()
                .add("name", "Quiet " + word).add("alerts", false).build()).json().getBoolean("alerts")).isFalse();
        long before = unread(buyer);
        published("Quiet monitor " + word);
        // the alert runs after the publication's commit; a second, matching-enabled search proves the run happened
        long control = buyer.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                .add("name", "Control " + word).add("query", "q=" + word + "control").build()).locationId();
        published("Quiet monitor control " + word + "control");
        await(() -> unread(buyer) == before + 1);
        assertThat(buyer.api().get("/api/v1/saved-searches/" + id).json().getJsonArray("matches")).isEmpty();
        assertThat(buyer.api().get("/api/v1/saved-searches/" + control).json().getJsonArray("matches")).hasSize(1);
        assertThat(buyer.api().delete("/api/v1/saved-searches/" + id).status()).isEqualTo(204);
        assertThat(buyer.api().get("/api/v1/saved-searches").text()).doesNotContain("Quiet " + word);
    }

    static long unread(Actor actor) {
        return actor.api().get("/api/v1/notifications").json().getJsonNumber("unread").longValue();
    }

    /** Alerts are matched off the request thread; they must arrive within a few seconds. */
    static void await(Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.get()) {
            assertThat(Instant.now()).as("waited 10 s for the saved-search alert").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
