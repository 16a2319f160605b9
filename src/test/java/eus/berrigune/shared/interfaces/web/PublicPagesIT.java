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
}
