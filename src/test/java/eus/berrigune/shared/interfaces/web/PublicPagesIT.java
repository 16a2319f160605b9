package eus.berrigune.shared.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Public pages: rendered for anonymous visitors in three languages, session-free, with security headers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/catalog/index.xhtml", "/catalog/index.xhtml?code=Z12", "/search.xhtml?q=monitor",
        "/catalog/index.xhtml?code=NOT-A-CODE&page=-3", "/no-such-page.xhtml"})
    void anonymousPagesCreateNoSessionAndCarryTheSecurityHeaders(String path) throws Exception {
        Api.Response page = Api.anonymous(baseUrl.toURI()).get(path);

        assertThat(page.status()).isIn(200, 404);
        assertThat(page.header("Set-Cookie")).as("no session for anonymous browsing").isNull();
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isNotNull();
        assertThat(page.text()).doesNotContain("Exception", "at org.", "at eus.", "SRVE");
    }

    @Test
    void aPublishedProductHasItsPageAndADraftHasNone() throws Exception {
        URI base = baseUrl.toURI();
        Actors actors = new Actors(base);
        Actors.Actor supplier = actors.supplierOfNewCompany();
        long published = supplier.api().post("/api/v1/products", Products.complete("Visible monitor").build()).locationId();
        supplier.api().post("/api/v1/products/" + published + "/publish", null);
        long draft = supplier.api().post("/api/v1/products", Products.complete("Hidden monitor").build()).locationId();

        Api.Response page = Api.anonymous(base).get("/catalog/product.xhtml?id=" + published);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Visible monitor", "IIa", "0318", "12.5", "role=\"img\"");

        Api.Response hidden = Api.anonymous(base).get("/catalog/product.xhtml?id=" + draft);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.text()).doesNotContain("Hidden monitor");
    }

    @Test
    void theSignInFormCarriesAServerSideViewStateAgainstLoginForgery() throws Exception {
        Api.Response login = Api.anonymous(baseUrl.toURI()).get("/login.xhtml");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text()).contains("name=\"jakarta.faces.ViewState\"").doesNotContain("value=\"stateless\"");
        assertThat(login.header("Set-Cookie")).contains("BERRIGUNE_SESSION", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void signedInAreasSendAnonymousVisitorsToTheSignInPage() throws Exception {
        Api.Response response = Api.anonymous(baseUrl.toURI()).get("/company/products.xhtml");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/login.xhtml?next=");
    }

    @Test
    void theLanguageIsChosenByTheVisitor() throws Exception {
        Api anonymous = Api.anonymous(baseUrl.toURI());
        assertThat(anonymous.get("/", "eu").text()).contains("lang=\"eu\"", "Katalogoa");
        assertThat(anonymous.get("/", "es").text()).contains("lang=\"es\"", "Catálogo");
        assertThat(anonymous.get("/", "en").text()).contains("lang=\"en\"", "Catalogue");
        Api.Response switched = anonymous.get("/catalog/index.xhtml?code=Z&lang=eu");
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.header("Set-Cookie")).startsWith("lang=eu");
        assertThat(switched.header("Location")).endsWith("/catalog/index.xhtml?code=Z");
    }

    @Test
    void operatorsHaveHealthChecksAndTheApiIsDescribed() throws Exception {
        URI root = baseUrl.toURI().resolve("/");
        Api anonymous = Api.anonymous(root);
        assertThat(anonymous.get("/health/ready").text()).contains("\"status\":\"UP\"", "database");
        assertThat(anonymous.get("/health/live").text()).contains("\"status\":\"UP\"");
        String openapi = anonymous.get("/openapi").text();
        assertThat(openapi).contains("/api/v1/products", "/api/v1/products/{id}/evidence", "basic");
    }

    /**
     * Errors forced at each layer (the HTTP server, the servlet container, JAX-RS routing and parameter conversion,
     * JSON reading, Bean Validation, the domain's rules, optimistic locking in the database, Faces view state) answer a
     * generic message in the caller's language: no stack trace, no class, SQL or server message code, never a 500.
     */
    @Test
    void errorsAtEveryLayerAreGenericAndLocalised() throws Exception {
        URI base = baseUrl.toURI();
        Actors.Actor supplier = new Actors(base).supplierOfNewCompany();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (supplier.username() + ":" + supplier.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long product = supplier.api().post("/api/v1/products", Products.complete("Error probe").build()).locationId();
        long incomplete = supplier.api().post("/api/v1/products", Products.incomplete("Error probe draft")).locationId();
        String stale = "{\"version\": -1, \"record\": {}}";

        record Forced(String layer, String method, String path, String contentType, String body, boolean signedIn) {}
        java.util.List<Forced> errors = java.util.List.of(
                new Forced("servlet: no such page", "GET", "/no-such-page.xhtml", null, null, false),
                new Forced("servlet: no such file", "GET", "/resources/no-such.css", null, null, false),
                new Forced("servlet: protected file", "GET", "/WEB-INF/web.xml", null, null, false),
                new Forced("JAX-RS: no such resource", "GET", "/api/v1/no-such-thing", null, null, false),
                new Forced("JAX-RS: method not allowed", "DELETE", "/api/v1/search", null, null, false),
                new Forced("JAX-RS: path parameter not a number", "GET", "/api/v1/products/not-a-number", null, null, false),
                new Forced("JAX-RS: id beyond a long", "GET", "/api/v1/products/99999999999999999999999", null, null, false),
                new Forced("JAX-RS: query parameter not a number", "GET", "/api/v1/search?page=abc", null, null, false),
                new Forced("JSON: malformed body", "POST", "/api/v1/products", "application/json", "{not json", true),
                new Forced("JSON: wrong types", "POST", "/api/v1/products", "application/json", "{\"trl\": \"high\", \"texts\": 7}", true),
                new Forced("JAX-RS: unsupported media type", "POST", "/api/v1/products", "text/plain", "hello", true),
                new Forced("Bean Validation and domain rules", "POST", "/api/v1/products", "application/json", "{}", true),
                new Forced("database: optimistic lock (stale version)", "PUT", "/api/v1/products/" + product,
                        "application/json", stale, true),
                new Forced("domain: publication of an incomplete draft", "POST", "/api/v1/products/" + incomplete
                        + "/publish", "application/json", "{}", true),
                new Forced("Faces: forged view state", "POST", "/login.xhtml", "application/x-www-form-urlencoded",
                        "login=login&login%3Ausername=x&login%3Apassword=y&jakarta.faces.ViewState=forged", false));

        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (Forced error : errors) {
            java.util.Map<String, String> bodies = new java.util.HashMap<>();
            for (String language : java.util.List.of("es", "en")) {
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                                base.resolve(error.path().substring(1)))
                        .header("Accept-Language", language)
                        .method(error.method(), error.body() == null
                                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(error.body()));
                if (error.contentType() != null) {
                    request.header("Content-Type", error.contentType());
                }
                if (error.signedIn()) {
                    request.header("Authorization", basic);
                }
                java.net.http.HttpResponse<String> response = http.send(request.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                softly.assertThat(response.statusCode()).as(error.layer()).isBetween(300, 499);
                softly.assertThat(response.body()).as(error.layer()).doesNotContain("Exception", "at eus.", "at org.", "java.",
                        "jakarta.", "SRVE", "CWWK", "SQL", "select ", "insert ", "EclipseLink", "MyFaces", "Liberty");
                bodies.put(language, response.body());
            }
            if (!bodies.get("en").isBlank()) {
                softly.assertThat(bodies.get("es")).as(error.layer() + ": said in the caller's language")
                        .isNotEqualTo(bodies.get("en"));
            }
        }
        java.net.http.HttpResponse<String> forged = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("login=login&jakarta.faces.ViewState=forged"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        softly.assertThat(forged.statusCode()).as("a forged or expired form").isEqualTo(400);
        softly.assertThat(forged.body()).as("a forged or expired form").contains("The page has expired");
        softly.assertAll();
    }
}
