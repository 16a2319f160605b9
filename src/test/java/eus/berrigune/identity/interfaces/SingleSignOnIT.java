package eus.berrigune.identity.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Pages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Single sign-on against a real OpenID Connect provider (mock-oauth2-server: discovery, JWKS, authorization code flow
 * with PKCE, signed ID tokens with the claims each test chooses) started in the test JVM on the port the test server
 * is configured with ({@code it.oidc.port}, src/test/liberty/it-server.env): a clinician comes in through the provider
 * and lands as a clinician of her hospital (session id renewed, account provisioned once, no password); a forged
 * state, and ID tokens for another audience, expired or signed by another key, are refused; an unmapped role, an unknown organisation and
 * company staff are refused, audited, and nothing is created; a role claim value the administrator maps gives its
 * role (ADMIN only so); local accounts keep signing in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

    static final String ISSUER_ID = "health-system";
    static final String CLIENT_ID = "berrigune-it";
    static final String ORG_CLAIM = "org_code";
    static final String ROLE_CLAIM = "berrigune_roles";

    static MockOAuth2Server provider;
    /** The token endpoint's next answer, when a test writes it itself (otherwise the provider answers). */
    static final java.util.concurrent.atomic.AtomicReference<String> nextTokenAnswer =
            new java.util.concurrent.atomic.AtomicReference<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    String site;
    Actors actors;

    @BeforeAll
    static void startProvider() throws IOException {
        provider = new MockOAuth2Server(new OAuth2Config(), new TokenAnswer());
        provider.start(InetAddress.getByName("127.0.0.1"), Integer.getInteger("it.oidc.port", 29180));
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.shutdown();
        }
    }

    @BeforeEach
    void arrange() {
        // one host name for the application, the browser and the provider's redirects
        site = baseUrl.toString().replaceAll("/$", "").replace("//localhost:", "//127.0.0.1:");
        actors = new Actors(URI.create(site + "/"));
    }

    /** A hospital whose code at the identity provider is set by the administrator. */
    Hospital hospital() {
        String code = "H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = "SSO Hospital " + code;
        long id = actors.organisation("BUYER", name);
        Api.Response set = actors.admin().put("/api/v1/admin/organisations/" + id + "/sso-code",
                Json.createObjectBuilder().add("code", code).build());
        assertThat(set.status()).as(set.toString()).isEqualTo(204);
        return new Hospital(id, name, code);
    }

    /** The provider's next ID token: this person, with these claims (and a default lifetime of an hour). */
    void providerWillVouchFor(String subject, Map<String, Object> claims, long expirySeconds) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims,
                expirySeconds));
    }

    static Map<String, Object> claims(String username, String organisationCode, List<String> roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("preferred_username", username);
        claims.put("name", "Person " + username);
        claims.put("email", username + "@osasun.example");
        if (organisationCode != null) {
            claims.put(ORG_CLAIM, organisationCode);
        }
        claims.put(ROLE_CLAIM, roles);
        return claims;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aClinicianSignsInThroughTheProviderAndLandsAsAClinicianOfHerHospital() {
        Hospital hospital = hospital();
        String username = unique("ane.");
        String subject = unique("sub-");
        Map<String, Object> claims = claims(username, hospital.code(), List.of("clinician"));
        claims.put("name", "Ane Etxeberria");
        providerWillVouchFor(subject, claims, 3600);

        ChromeDriver browser = Browser.open();
        try {
            Pages pages = new Pages(browser);
            browser.get(site + "/login.xhtml?lang=en&next=" + URLEncoder.encode("/buyer/lists.xhtml", StandardCharsets.UTF_8));
            assertThat(browser.findElement(By.id("sso-link")).getText()).isEqualTo("Sign in with Osasun IT");
            assertThat(browser.findElements(By.id("login:submit"))).hasSize(1); // local accounts keep their form
            Cookie before = browser.manage().getCookieNamed("BERRIGUNE_SESSION");
            pages.click(browser.findElement(By.id("sso-link")));
            assertThat(browser.findElements(By.cssSelector(".signed-in-as")))
                    .as(() -> browser.getCurrentUrl() + "\n" + browser.findElement(By.tagName("body")).getText())
                    .isNotEmpty();
            assertThat(pages.waitFor(By.cssSelector(".signed-in-as")).getText())
                    .isEqualTo("Ane Etxeberria · " + hospital.name());
            assertThat(browser.getCurrentUrl()).isEqualTo(site + "/buyer/lists.xhtml");
            Cookie after = browser.manage().getCookieNamed("BERRIGUNE_SESSION");
            assertThat(after).isNotNull();
            if (before != null) {
                assertThat(after.getValue()).isNotEqualTo(before.getValue());
            }
        } finally {
            browser.quit();
        }

        JsonObject account = user(username);
        assertThat(account.getJsonNumber("organisationId").longValue()).isEqualTo(hospital.id());
        assertThat(account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("CLINICIAN");
        assertThat(account.getString("email")).isEqualTo(username + "@osasun.example");
        // no local password: HTTP Basic refuses the account whatever is tried
        assertThat(Api.as(URI.create(site + "/"), username, "").get("/api/v1/me/notifications").status()).isEqualTo(401);
        assertThat(actors.admin().get("/api/v1/admin/audit?actor=" + username + "&action=sign-in").text())
                .contains("single sign-on", "SUCCESS");

        // the next sign-in of the same person finds the same account; the provider's roles are the truth
        providerWillVouchFor(subject, claims(username, hospital.code(), List.of("clinician", "evaluator")), 3600);
        assertThat(new Flow().signIn("/").location()).isEqualTo(site + "/");
        assertThat(usersNamed(username)).isEqualTo(1);
        assertThat(user(username).getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("CLINICIAN", "EVALUATOR");
    }

    @Test
    void aSignedInStaffMemberReachesTheirAreaButNeverMovesToAnotherOrganisation() {
        Hospital hospital = hospital();
        String username = unique("buyer.");
        String subject = unique("sub-");
        providerWillVouchFor(subject, claims(username, hospital.code(), List.of("buyer")), 3600);
        Flow flow = new Flow();
        Flow.Step last = flow.signIn("/buyer/lists.xhtml");
        assertThat(last.location()).isEqualTo(site + "/buyer/lists.xhtml");
        Flow.Step page = flow.get(last.location());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Person " + username);

        // the same person, now named by the provider as staff of another hospital: refused, the account unchanged
        Hospital other = hospital();
        providerWillVouchFor(subject, claims(username, other.code(), List.of("buyer", "evaluator")), 3600);
        assertThat(new Flow().signIn("/").location()).isEqualTo(site + "/login.xhtml?sso=organisation-changed");
        JsonObject account = user(username);
        assertThat(account.getJsonNumber("organisationId").longValue()).isEqualTo(hospital.id());
        assertThat(account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("BUYER");
    }

    @Test
    void anUnmappedRoleIsRefusedWithALocalisedMessageAuditedAndNothingIsCreated() {
        Hospital hospital = hospital();
        String username = unique("porter.");
        providerWillVouchFor(unique("sub-"), claims(username, hospital.code(), List.of("porter", "supplier")), 3600);
        Flow flow = new Flow();
        assertThat(flow.signIn("/").location()).isEqualTo(site + "/login.xhtml?sso=no-role");
        assertThat(usersNamed(username)).isZero();
        assertThat(flow.page(site + "/login.xhtml?sso=no-role&lang=es").body())
                .contains("Su sistema de salud no le asignó ningún rol que Berrigune conozca");
        assertThat(flow.page(site + "/login.xhtml?sso=no-role&lang=eu").body())
                .contains("Zure osasun-sistemak ez dizu Berrigunek ezagutzen duen rolik eman");
        assertThat(actors.admin().get("/api/v1/admin/audit?actor=sso:" + username + "&outcome=FAILED").text())
                .contains("no-role", "sign-in");
    }

    @Test
    void aRoleClaimValueTheAdministratorMapsGivesItsRoleAdministratorIncluded() {
        Hospital hospital = hospital();
        String group = unique("it-admins-");
        String subject = unique("sub-");
        String username = unique("admin.");
        // not in the configured role map: ADMIN is never given unless somebody maps it
        providerWillVouchFor(subject, claims(username, hospital.code(), List.of(group)), 3600);
        assertThat(new Flow().signIn("/").location()).isEqualTo(site + "/login.xhtml?sso=no-role");

        assertThat(actors.admin().put("/api/v1/admin/sso/role-mappings/" + group + "x",
                Json.createObjectBuilder().add("role", "SUPPLIER").build()).status()).isEqualTo(422);
        assertThat(actors.admin().put("/api/v1/admin/sso/role-mappings/" + group,
                Json.createObjectBuilder().add("role", "ADMIN").build()).status()).isEqualTo(204);
        assertThat(actors.admin().get("/api/v1/admin/sso/role-mappings").text())
                .contains("{\"claimValue\":\"" + group + "\",\"role\":\"ADMIN\"}")
                .doesNotContain(group + "x");
        providerWillVouchFor(subject, claims(username, hospital.code(), List.of(group, "buyer")), 3600);
        assertThat(new Flow().signIn("/").location()).isEqualTo(site + "/");
        assertThat(user(username).getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("ADMIN", "BUYER");

        // unmapped again: the next sign-in keeps only what the claim still gives
        assertThat(actors.admin().delete("/api/v1/admin/sso/role-mappings/" + group).status()).isEqualTo(204);
        providerWillVouchFor(subject, claims(username, hospital.code(), List.of(group, "buyer")), 3600);
        assertThat(new Flow().signIn("/").location()).isEqualTo(site + "/");
        assertThat(user(username).getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("BUYER");
        assertThat(actors.admin().get("/api/v1/admin/audit?objectType=sso-role-mapping").text())
                .contains("map-role", "unmap-role");
        // and nobody else may touch the mappings
        Actor buyer = actors.staffOfNewBuyer("BUYER");
        assertThat(buyer.api().get("/api/v1/admin/sso/role-mappings").status()).isEqualTo(403);
    }

    @Test
    void anUnknownOrganisationAndCompanyStaffAreRefused() {
        String stranger = unique("stranger.");
        providerWillVouchFor(unique("sub-"), claims(stranger, "NO-SUCH-HOSPITAL", List.of("buyer")), 3600);
        assertThat(new Flow().signIn("/").location()).isEqualTo(site + "/login.xhtml?sso=unknown-organisation");
        assertThat(usersNamed(stranger)).isZero();

        // a company has no code at the provider and cannot be given one, so its staff never come in this way
        Actor supplier = actors.supplierOfNewCompany();
        Api.Response refused = actors.admin().put("/api/v1/admin/organisations/" + supplier.organisationId()
                + "/sso-code", Json.createObjectBuilder().add("code", "COMPANY-1").build());
        assertThat(refused.status()).isEqualTo(422);
        String companyPerson = unique("company.");
        providerWillVouchFor(unique("sub-"), claims(companyPerson, "COMPANY-1", List.of("supplier")), 3600);
        assertThat(new Flow().signIn("/").location()).isEqualTo(site + "/login.xhtml?sso=unknown-organisation");
        assertThat(usersNamed(companyPerson)).isZero();
        assertThat(actors.admin().get("/api/v1/admin/audit?actor=sso:" + companyPerson + "&outcome=FAILED").text())
                .contains("unknown-organisation");

        // and local accounts keep working
        assertThat(supplier.api().get("/api/v1/me/products").status()).isEqualTo(200);
    }

    @Test
    void aForgedStateOrAnAnswerNobodyAskedForIsRefused() {
        Flow flow = new Flow();
        Flow.Step toProvider = flow.get(site + "/sso/start?next=/");
        URI authorize = URI.create(toProvider.location());
        assertThat(authorize.getQuery()).contains("code_challenge_method=S256", "code_challenge=", "nonce=", "state=",
                "client_id=" + CLIENT_ID);
        // no token is asked for: the answer is refused before the code is exchanged
        Flow.Step back = flow.get(toProvider.location());
        String forged = back.location().replaceAll("state=[^&]+", "state=forged");
        assertThat(flow.get(forged).location()).isEqualTo(site + "/login.xhtml?sso=invalid-response");
        // the attempt is used up: replaying the genuine answer is refused too
        assertThat(flow.get(back.location()).location()).isEqualTo(site + "/login.xhtml?sso=invalid-response");
        // and an answer in a browser that started nothing
        assertThat(new Flow().get(back.location()).location()).isEqualTo(site + "/login.xhtml?sso=invalid-response");
    }

    @Test
    void anIdTokenForAnotherAudienceExpiredOrSignedByAnotherKeyIsRefused() throws Exception {
        Hospital hospital = hospital();
        String otherAudience = unique("aud.");
        Map<String, Object> claims = claims(otherAudience, hospital.code(), List.of("clinician"));
        claims.put("aud", "another-application");
        providerWillVouchFor(unique("sub-"), claims, 3600);
        assertThat(new Flow().signIn("/").location()).isEqualTo(site + "/login.xhtml?sso=invalid-response");
        assertThat(usersNamed(otherAudience)).isZero();

        // the provider's own key, the right issuer, audience and nonce, but expired ten minutes ago (beyond the
        // minute of clock skew allowed); the provider's token endpoint answers with this token
        String expired = unique("exp.");
        assertThat(new Flow().signInAnswering(nonce -> {
            Map<String, Object> c = claims(expired, hospital.code(), List.of("clinician"));
            c.put("nonce", nonce);
            c.put("iss", issuer());
            c.put("exp", new Date(System.currentTimeMillis() - 600_000));
            return provider.issueToken(ISSUER_ID, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER_ID, unique("sub-"),
                    "JWT", List.of(CLIENT_ID), c, 3600)).serialize();
        }).location()).isEqualTo(site + "/login.xhtml?sso=invalid-response");
        assertThat(usersNamed(expired)).isZero();

        // everything right, but signed by a key that is not the provider's
        String forged = unique("forged.");
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("not-the-providers").generate();
        assertThat(new Flow().signInAnswering(nonce -> {
            JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().issuer(issuer()).subject(unique("sub-"))
                    .audience(CLIENT_ID).issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 600_000))
                    .claim("nonce", nonce);
            claims(forged, hospital.code(), List.of("clinician")).forEach(c::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(),
                    c.build());
            try {
                jwt.sign(new RSASSASigner(otherKey));
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }).location()).isEqualTo(site + "/login.xhtml?sso=invalid-response");
        assertThat(usersNamed(forged)).isZero();

        String trail = actors.admin().get("/api/v1/admin/audit?action=sign-in&outcome=FAILED&size=200").text();
        assertThat(trail).contains("Unexpected JWT audience", "Expired JWT", "no matching key");
    }

    String issuer() {
        return "http://127.0.0.1:" + Integer.getInteger("it.oidc.port", 29180) + "/" + ISSUER_ID;
    }

    JsonObject user(String username) {
        return actors.admin().get("/api/v1/admin/users").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
    }

    long usersNamed(String username) {
        return actors.admin().get("/api/v1/admin/users").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(username) || u.getString("email").startsWith(username + "@"))
                .count();
    }

    /** A browser's part of the flow, by HTTP: its own cookies, redirects followed by hand. */
    final class Flow {
        final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        record Step(int status, String location, String body) {}

        Step get(String url) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30)).header("Accept-Language", "en").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                String location = response.headers().firstValue("Location")
                        .map(l -> URI.create(url).resolve(l).toString()).orElse(null);
                return new Step(response.statusCode(), location, response.body());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Follows redirects to the page. */
        Step page(String url) {
            Step step = get(url);
            for (int i = 0; i < 5 && step.location() != null; i++) {
                step = get(step.location());
            }
            return step;
        }

        /**
         * Start → provider (issues a code) → callback, where the provider's token endpoint answers with the ID token
         * the test makes for the nonce of this sign-in.
         */
        Step signInAnswering(java.util.function.Function<String, String> idTokenForNonce) {
            Step toProvider = get(site + "/sso/start?next=/");
            String nonce = java.util.Arrays.stream(URI.create(toProvider.location()).getRawQuery().split("&"))
                    .filter(p -> p.startsWith("nonce=")).map(p -> p.substring(6)).findFirst().orElseThrow();
            Step back = get(toProvider.location());
            assertThat(back.location()).startsWith(site + "/sso/callback?");
            nextTokenAnswer.set(Json.createObjectBuilder().add("access_token", "opaque").add("token_type", "Bearer")
                            .add("expires_in", 3600)
                    .add("id_token", idTokenForNonce.apply(URLDecoder.decode(nonce, StandardCharsets.UTF_8)))
                    .build().toString());
            Step done = get(back.location());
            assertThat(done.status()).as("callback").isEqualTo(302);
            return done;
        }

        /** Start → provider (signs in at once) → callback: the callback's answer, a redirect. */
        Step signIn(String next) {
            Step toProvider = get(site + "/sso/start?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            assertThat(toProvider.status()).as("start").isEqualTo(302);
            assertThat(URI.create(toProvider.location()).getPath()).isEqualTo("/" + ISSUER_ID + "/authorize");
            Step back = get(toProvider.location());
            assertThat(back.status()).as("provider").isEqualTo(302);
            assertThat(back.location()).startsWith(site + "/sso/callback?");
            Step done = get(back.location());
            assertThat(done.status()).as("callback").isEqualTo(302);
            return done;
        }
    }

    record Hospital(long id, String name, String code) {}

    /** Answers the provider's token endpoint with {@link #nextTokenAnswer} once, when a test has set one. */
    static final class TokenAnswer implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return request.getUrl().encodedPath().endsWith("/token") && nextTokenAnswer.get() != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json", "Cache-Control", "no-store"),
                    200, nextTokenAnswer.getAndSet(null), null);
        }
    }
}
