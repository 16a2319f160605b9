package eus.berrigune.catalog.interfaces.rest;

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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue through the REST API: the product life cycle, evidence, documents and the access policy, with a
 * second company that tries to cross it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductApiIT {

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

    @BeforeEach
    void arrange() throws Exception {
        URI base = baseUrl.toURI();
        actors = new Actors(base);
        supplier = actors.supplierOfNewCompany();
        competitor = actors.supplierOfNewCompany();
        anonymous = Api.anonymous(base);
    }

    @Test
    void aDraftIsVisibleOnlyToItsCompany() {
        long id = create(Products.complete("Cardio draft").build());

        assertThat(supplier.api().get("/api/v1/products/" + id).json().getString("status")).isEqualTo("DRAFT");
        assertThat(anonymous.get("/api/v1/products/" + id).status()).isEqualTo(404);
        assertThat(competitor.api().get("/api/v1/products/" + id).status()).isEqualTo(404);
        assertThat(actors.staffOfNewBuyer("BUYER").api().get("/api/v1/products/" + id).status()).isEqualTo(404);
        assertThat(actors.admin().get("/api/v1/products/" + id).status()).isEqualTo(200);
        assertThat(supplier.api().get("/api/v1/me/products").jsonArray().toString()).contains("Cardio draft");
        assertThat(competitor.api().get("/api/v1/me/products").jsonArray().toString()).doesNotContain("Cardio draft");
    }

    @Test
    void anotherCompanyCannotChangeAProductAndNothingChanges() {
        long id = create(Products.complete("Guarded product").build());
        JsonObject current = supplier.api().get("/api/v1/products/" + id).json();
        JsonObject hijack = Json.createObjectBuilder(Products.complete("Hijacked").build())
                .add("version", current.getJsonNumber("version").longValue())
                .build();

        assertThat(competitor.api().put("/api/v1/products/" + id, hijack).status()).isEqualTo(404);
        assertThat(competitor.api().post("/api/v1/products/" + id + "/publish", null).status()).isEqualTo(404);

        assertThat(supplier.api().post("/api/v1/products/" + id + "/publish", null).status()).isEqualTo(200);
        assertThat(competitor.api().put("/api/v1/products/" + id, hijack).status()).isEqualTo(403);
        assertThat(competitor.api().post("/api/v1/products/" + id + "/evidence", Products.evidence("RCT")).status())
                .isEqualTo(403);
        assertThat(competitor.api().post("/api/v1/products/" + id + "/archive", Json.createObjectBuilder().build())
                .status()).isEqualTo(403);
        assertThat(anonymous.put("/api/v1/products/" + id, hijack).status()).isEqualTo(401);

        JsonObject after = anonymous.get("/api/v1/products/" + id).json();
        assertThat(after.getJsonObject("texts").getJsonObject("en").getString("name")).isEqualTo("Guarded product");
        assertThat(after.getJsonArray("evidence")).isEmpty();
        assertThat(after.getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void publicationNeedsACompleteRecordAndSaysWhatIsMissing() {
        long id = create(Products.incomplete("Half a product"));

        Api.Response refused = supplier.api().post("/api/v1/products/" + id + "/publish", null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").toString())
                .contains("emdnCode", "regulatory.legislation", "trl", "texts");
        assertThat(supplier.api().get("/api/v1/products/" + id).json().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void invalidInputIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsStored() {
        JsonObject invalid = Json.createObjectBuilder(Products.complete("Bad").build())
                .add("emdnCode", "Z99999999")
                .add("trl", 12)
                .add("cpvCodes", Json.createArrayBuilder().add("123"))
                .build();
        int before = supplier.api().get("/api/v1/me/products").jsonArray().size();

        Api.Response refused = supplier.api().post("/api/v1/products", invalid);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").toString()).contains("trl", "cpvCodes");
        assertThat(supplier.api().get("/api/v1/me/products").jsonArray()).hasSize(before);

        Api.Response spanish = Api.as(baseUri(), supplier.username(), supplier.password())
                .get("/api/v1/products/999999999", "es");
        assertThat(spanish.status()).isEqualTo(404);
        assertThat(spanish.json().getString("title")).isEqualTo("No encontrado");
    }

    /** A browser on another site cannot make a signed-in user's browser change anything through the API. */
    @Test
    void crossOriginWritesAreRefusedAndChangeNothing() throws Exception {
        URI base = baseUrl.toURI();
        String name = "Cross origin " + System.nanoTime();
        String body = Products.complete(name).build().toString();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (supplier.username() + ":" + supplier.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> post = (header, value) -> {
            try {
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(base.resolve("api/v1/products"))
                        .header("Authorization", basic).header("Content-Type", "application/json")
                        .header("Accept-Language", "en")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
                if (header != null) {
                    request.header(header, value);
                }
                return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };

        var evil = post.apply("Origin", "https://evil.example");
        assertThat(evil.statusCode()).isEqualTo(403);
        assertThat(evil.body()).contains("cross-origin", "another website");
        assertThat(post.apply("Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(post.apply("Origin", "null").statusCode()).isEqualTo(403);
        assertThat(supplier.api().get("/api/v1/me/products").jsonArray().toString()).doesNotContain(name);

        // the site's own pages, and clients that are not browsers, may write
        assertThat(post.apply("Origin", base.getScheme() + "://" + base.getAuthority()).statusCode()).isEqualTo(201);
        assertThat(post.apply("Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(201);
        assertThat(post.apply(null, null).statusCode()).isEqualTo(201);
    }

    @Test
    void oddValuesAreRefusedOrIgnoredButNeverAnError() {
        JsonObject huge = Json.createObjectBuilder(Products.complete("Huge footprint").build())
                .add("sustainability", Json.createObjectBuilder().add("kgCo2e", new java.math.BigDecimal("1e15"))
                        .add("declaredUnit", "one unit").add("method", "ISO_14067"))
                .build();
        Api.Response refused = supplier.api().post("/api/v1/products", huge);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").toString()).contains("sustainability.kgCo2e");

        JsonObject nulls = Json.createObjectBuilder(Products.complete("Null codes").build())
                .add("cpvCodes", Json.createArrayBuilder().addNull().add("33195100-4"))
                .build();
        assertThat(supplier.api().post("/api/v1/products", nulls).status()).isEqualTo(201);
        assertThat(anonymous.get("/api/v1/products?page=2147483647&size=100").status()).isEqualTo(200);
        assertThat(anonymous.get("/catalog/index.xhtml?page=2147483647").status()).isEqualTo(200);
    }

    @Test
    void unknownEmdnCodeIsRefused() {
        JsonObject unknown = Json.createObjectBuilder(Products.complete("Unknown code").build())
                .add("emdnCode", "Z99999999")
                .build();
        Api.Response refused = supplier.api().post("/api/v1/products", unknown);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").toString()).contains("emdnCode");
    }

    @Test
    void unreadableJsonIsABadRequestWithoutInternals() {
        Api.Response response = supplier.api().postRaw("/api/v1/products", "application/json",
                "{\"trl\": \"nine\", \"regulatory\": {\"riskClass\": \"XXL\"}".getBytes());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).doesNotContain("Exception", "at eus.", "at org.");
    }

    @Test
    void aStaleVersionIsAConflictAndTheNewerChangeSurvives() {
        long id = create(Products.complete("Versioned").build());
        long version = supplier.api().get("/api/v1/products/" + id).json().getJsonNumber("version").longValue();
        Actor colleague = actors.colleagueOf(supplier);

        JsonObject first = Json.createObjectBuilder(Products.complete("First edit").build()).add("version", version).build();
        JsonObject second = Json.createObjectBuilder(Products.complete("Second edit").build()).add("version", version).build();
        assertThat(supplier.api().put("/api/v1/products/" + id, first).status()).isEqualTo(200);
        Api.Response conflict = colleague.api().put("/api/v1/products/" + id, second);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(supplier.api().get("/api/v1/products/" + id).json()
                .getJsonObject("texts").getJsonObject("en").getString("name")).isEqualTo("First edit");
    }

    @Test
    void publishedProductsAreListedForEveryoneAndArchivedOnesDisappear() {
        long id = create(Products.complete("Listed product").build());
        assertThat(supplier.api().post("/api/v1/products/" + id + "/publish", null).status()).isEqualTo(200);

        assertThat(anonymous.get("/api/v1/products?size=100&emdn=Z12").text()).contains("Listed product");
        assertThat(anonymous.get("/api/v1/products/" + id).status()).isEqualTo(200);

        assertThat(supplier.api().post("/api/v1/products/" + id + "/archive",
                Json.createObjectBuilder().add("reason", "New model").build()).status()).isEqualTo(204);
        assertThat(anonymous.get("/api/v1/products/" + id).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/products?size=100&emdn=Z12").text()).doesNotContain("Listed product");
        assertThat(supplier.api().get("/api/v1/products/" + id).json().getString("status")).isEqualTo("ARCHIVED");
    }

    @Test
    void evidenceDerivesTheLevelAndOnlyAnEvaluatorVerifiesIt() {
        long id = create(Products.complete("Evidence product").build());
        Api.Response added = supplier.api().post("/api/v1/products/" + id + "/evidence", Products.evidence("RCT"));
        assertThat(added.status()).isEqualTo(201);
        long itemId = added.locationId();
        assertThat(added.json().getString("evidenceLevel")).isEqualTo("RANDOMISED");
        assertThat(supplier.api().post("/api/v1/products/" + id + "/publish", null).status()).isEqualTo(200);

        JsonObject verify = Json.createObjectBuilder().add("verified", true).build();
        String review = "/api/v1/products/" + id + "/evidence/" + itemId + "/review";
        assertThat(supplier.api().post(review, verify).status()).isEqualTo(403);
        assertThat(actors.staffOfNewBuyer("BUYER").api().post(review, verify).status()).isEqualTo(403);

        Actor evaluator = actors.staffOfNewBuyer("EVALUATOR");
        Api.Response verified = evaluator.api().post(review, verify);
        assertThat(verified.status()).isEqualTo(200);
        JsonObject item = verified.json().getJsonArray("evidence").getJsonObject(0);
        assertThat(item.getString("verification")).isEqualTo("VERIFIED");
        assertThat(item.getString("verifiedBy")).startsWith("Test ");

        JsonObject returned = Json.createObjectBuilder().add("verified", false).build();
        assertThat(evaluator.api().post(review, returned).status()).isEqualTo(422);
    }

    @Test
    void documentsArePdfByContentAndBuyerOnlyOnesStayWithBuyers() {
        long id = create(Products.complete("Documented product").build());
        byte[] pdf = Products.pdf("Clinical study report");

        Api.Response fake = supplier.api().postRaw("/api/v1/products/" + id + "/documents?fileName=report.pdf",
                "application/pdf", "MZ this is an executable, not a PDF".getBytes());
        assertThat(fake.status()).isEqualTo(422);

        Api.Response publicDoc = supplier.api().postRaw(
                "/api/v1/products/" + id + "/documents?fileName=public.pdf", "application/pdf", pdf);
        Api.Response buyerDoc = supplier.api().postRaw(
                "/api/v1/products/" + id + "/documents?fileName=confidential.pdf&buyerOnly=true", "application/pdf", pdf);
        assertThat(publicDoc.status()).isEqualTo(201);
        assertThat(buyerDoc.status()).isEqualTo(201);
        long publicId = publicDoc.locationId();
        long buyerId = buyerDoc.locationId();

        String draftDoc = "/api/v1/documents/" + publicId;
        assertThat(anonymous.get(draftDoc).status()).as("documents of drafts are private").isEqualTo(404);
        assertThat(supplier.api().post("/api/v1/products/" + id + "/publish", null).status()).isEqualTo(200);

        Api.Response download = anonymous.get(draftDoc);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pdf);

        String confidential = "/api/v1/documents/" + buyerId;
        assertThat(anonymous.get(confidential).status()).isEqualTo(404);
        assertThat(competitor.api().get(confidential).status()).isEqualTo(404);
        assertThat(supplier.api().get(confidential).status()).isEqualTo(200);
        assertThat(actors.staffOfNewBuyer("BUYER").api().get(confidential).bytes()).isEqualTo(pdf);
        assertThat(actors.staffOfNewBuyer("CLINICIAN").api().get(confidential).status()).isEqualTo(200);

        assertThat(anonymous.get("/api/v1/products/" + id).text()).doesNotContain("confidential.pdf");
        assertThat(competitor.api().get("/api/v1/products/" + id).text()).doesNotContain("confidential.pdf");
        assertThat(actors.staffOfNewBuyer("BUYER").api().get("/api/v1/products/" + id).text()).contains("confidential.pdf");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothingTwice() {
        String key = java.util.UUID.randomUUID().toString();
        Api once = supplier.api().withHeader("Idempotency-Key", key);
        JsonObject record = Products.complete("Idempotent product").build();

        Api.Response first = once.post("/api/v1/products", record);
        Api.Response retry = once.post("/api/v1/products", record);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(supplier.api().get("/api/v1/me/products").jsonArray().stream()
                .filter(p -> p.asJsonObject().getString("name", "").equals("Idempotent product")))
                .hasSize(1);

        Api.Response reused = once.post("/api/v1/products", Products.complete("Another product").build());
        assertThat(reused.status()).as("the same key for a different request").isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.text()).contains("Idempotency-Key");

        Api.Response othersKey = colleagueOf(supplier).withHeader("Idempotency-Key", key)
                .post("/api/v1/products", record);
        assertThat(othersKey.status()).as("keys are per user").isEqualTo(201);
        assertThat(othersKey.locationId()).isNotEqualTo(first.locationId());

        Api.Response invalid = supplier.api().withHeader("Idempotency-Key", "x".repeat(101))
                .post("/api/v1/products", record);
        assertThat(invalid.status()).isEqualTo(422);
    }

    @Test
    void uploadsAndPublicationsAreDoneOncePerIdempotencyKey() {
        long id = create(Products.complete("Idempotent upload").build());
        byte[] pdf = Products.pdf("Once only");
        Api upload = supplier.api().withHeader("Idempotency-Key", java.util.UUID.randomUUID().toString());

        Api.Response first = upload.postRaw("/api/v1/products/" + id + "/documents?fileName=once.pdf",
                "application/pdf", pdf);
        Api.Response retry = upload.postRaw("/api/v1/products/" + id + "/documents?fileName=once.pdf",
                "application/pdf", pdf);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(supplier.api().get("/api/v1/products/" + id).json().getJsonArray("documents")).hasSize(1);
        assertThat(upload.postRaw("/api/v1/products/" + id + "/documents?fileName=once.pdf", "application/pdf",
                Products.pdf("Something else")).status()).as("same key, other file").isEqualTo(422);

        Api publish = supplier.api().withHeader("Idempotency-Key", java.util.UUID.randomUUID().toString());
        Api.Response published = publish.post("/api/v1/products/" + id + "/publish", null);
        Api.Response again = publish.post("/api/v1/products/" + id + "/publish", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(again.status()).as("a replay, not a second publication (which would be refused)").isEqualTo(200);
        assertThat(again.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(actors.admin().get("/api/v1/admin/audit?action=publish&objectType=product&objectId=" + id)
                .text()).satisfies(page -> assertThat(page.split("\"action\":\"publish\"", -1)).hasSize(2));

        Api.Response refused = supplier.api().withHeader("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/v1/products/" + create(Products.incomplete("Not ready")) + "/publish", null);
        assertThat(refused.status()).as("a refusal is not stored").isEqualTo(422);
    }

    private Api colleagueOf(Actor supplier) {
        return actors.colleagueOf(supplier).api();
    }

    @Test
    void onlyAdministratorsManageOrganisationsAndUsers() {
        JsonObject organisation = Json.createObjectBuilder().add("kind", "COMPANY").add("name", "Sneaky Ltd").build();
        assertThat(supplier.api().post("/api/v1/admin/organisations", organisation).status()).isEqualTo(403);
        assertThat(actors.staffOfNewBuyer("BUYER").api().get("/api/v1/admin/users").status()).isEqualTo(403);
        assertThat(anonymous.get("/api/v1/admin/users").status()).isEqualTo(401);
        assertThat(Api.as(baseUri(), supplier.username(), "wrong-password").get("/api/v1/me/products").status())
                .isEqualTo(401);
        assertThat(Api.as(baseUri(), "supplier1", "berrigune-demo").get("/api/v1/me/products").status())
                .as("demo mode is off on the test server: no demo users").isEqualTo(401);
    }

    @Test
    void administratorsChangeRolesWithinWhatTheOrganisationAllows() {
        Actor buyer = actors.staffOfNewBuyer("BUYER");
        long userId = actors.admin().get("/api/v1/admin/users").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(buyer.username()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String roles = "/api/v1/admin/users/" + userId + "/roles";

        assertThat(actors.admin().put(roles, Json.createArrayBuilder().add("SUPPLIER").build()).status()).isEqualTo(422);
        assertThat(buyer.api().put(roles, Json.createArrayBuilder().add("ADMIN").build()).status()).isEqualTo(403);
        assertThat(actors.admin().put(roles, Json.createArrayBuilder().add("BUYER").add("EVALUATOR").build()).status())
                .isEqualTo(204);

        long id = create(Products.complete("Reviewed by a promoted buyer").build());
        long itemId = supplier.api().post("/api/v1/products/" + id + "/evidence", Products.evidence("RCT")).locationId();
        supplier.api().post("/api/v1/products/" + id + "/publish", null);
        assertThat(buyer.api().post("/api/v1/products/" + id + "/evidence/" + itemId + "/review",
                Json.createObjectBuilder().add("verified", true).build()).status()).isEqualTo(200);
    }

    private long create(JsonObject record) {
        Api.Response created = supplier.api().post("/api/v1/products", record);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/products/");
        return created.locationId();
    }

    private URI baseUri() {
        try {
            return baseUrl.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
