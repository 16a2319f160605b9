package eus.berrigune.identity.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Pages;
import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Sign-in lockout and throttling on both doors: five wrong passwords for one name within 15 minutes lock it for 15
 * minutes (the right password too, the page and the API say so and when to retry), an unknown name behaves alike,
 * the lock ends on time (the test moves the application's clock), and twenty failures a minute from one address are
 * throttled with 429 and Retry-After.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LockoutIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withShiftedClock();
    }

    @ArquillianResource
    URL baseUrl;

    URI base;
    String site;
    Actors actors;
    Api anonymous;
    ChromeDriver browser;

    @BeforeEach
    void arrange() throws Exception {
        // one client address for the API client and the browser (they might resolve "localhost" differently)
        site = baseUrl.toString().replaceAll("/$", "").replace("//localhost:", "//127.0.0.1:");
        base = URI.create(site + "/");
        actors = new Actors(base);
        anonymous = Api.anonymous(base);
    }

    @AfterEach
    void cleanUp() {
        shiftClock(Duration.ZERO);
        if (browser != null) {
            browser.quit();
        }
    }

    void shiftClock(Duration by) {
        anonymous.put("/api/v1/test/clock/" + by.toSeconds(), Json.createObjectBuilder().build());
    }

    Api.Response apiAs(String username, String password) {
        return Api.as(base, username, password).get("/api/v1/me/products");
    }

    /** Signs in on the page and returns the page's messages (or "" once signed in). */
    String signInOnThePage(String username, String password) {
        if (browser == null) {
            browser = Browser.open();
        }
        Pages pages = new Pages(browser);
        browser.manage().deleteAllCookies();
        browser.get(site + "/login.xhtml?lang=en");
        pages.type("login:username", username);
        pages.type("login:password", password);
        pages.click("login:submit");
        return browser.findElements(By.cssSelector(".signed-in-as")).isEmpty() ? pages.messages() : "";
    }

    @Test
    void fiveWrongPasswordsLockTheAccountOnBothDoorsUntilTheLockEnds() {
        Actor supplier = actors.supplierOfNewCompany();
        for (int i = 1; i <= 3; i++) {
            Api.Response wrong = apiAs(supplier.username(), "wrong-password-" + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.header("Retry-After")).isNull();
        }
        // the refusal is a problem document in the caller's language
        Api.Response wrongInSpanish = Api.as(base, supplier.username(), "wrong-password-4")
                .get("/api/v1/me/products", "es");
        assertThat(wrongInSpanish.status()).isEqualTo(401);
        assertThat(wrongInSpanish.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongInSpanish.json().getString("title")).isEqualTo("No autorizado");
        assertThat(wrongInSpanish.json().getString("detail"))
                .isEqualTo("El nombre de usuario o la contraseña no son correctos.");
        Api.Response locking = apiAs(supplier.username(), "wrong-password-5");
        assertThat(locking.status()).isEqualTo(401);
        assertThat(Long.parseLong(locking.header("Retry-After"))).isBetween(890L, 900L);

        // locked: the right password is refused on both doors, with a clear message and when to retry
        Api.Response right = apiAs(supplier.username(), supplier.password());
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.header("Retry-After")).isNotNull();
        assertThat(right.json().getString("detail")).contains("locked", "Try again in 15 minute(s)");
        assertThat(right.json().getInt("retryAfterSeconds")).isBetween(1, 900);
        assertThat(Api.as(base, supplier.username(), supplier.password()).get("/api/v1/me/products", "eu").json()
                .getString("title")).isEqualTo("Baimenik gabe");
        assertThat(signInOnThePage(supplier.username(), supplier.password()))
                .contains("locked for now", "Try again in 15 minute(s)");

        String trail = actors.admin().get("/api/v1/admin/audit?actor=" + supplier.username() + "&action=lock-out").text();
        assertThat(trail).contains("\"lock-out\"", "\"DENIED\"");

        // after the lock time the right password works again, on both doors
        shiftClock(Duration.ofMinutes(16));
        assertThat(apiAs(supplier.username(), supplier.password()).status()).isEqualTo(200);
        assertThat(signInOnThePage(supplier.username(), supplier.password())).isEmpty();
    }

    @Test
    void wrongPasswordsOnThePageLockTooAndASuccessResetsTheCount() {
        Actor supplier = actors.supplierOfNewCompany();
        for (int i = 1; i <= 4; i++) {
            assertThat(signInOnThePage(supplier.username(), "wrong-" + i)).contains("not correct");
        }
        // a success in between forgets the four failures
        assertThat(apiAs(supplier.username(), supplier.password()).status()).isEqualTo(200);
        for (int i = 1; i <= 4; i++) {
            assertThat(signInOnThePage(supplier.username(), "wrong-again-" + i)).contains("not correct");
        }
        assertThat(signInOnThePage(supplier.username(), "wrong-again-5")).contains("locked for now");
        assertThat(apiAs(supplier.username(), supplier.password()).status()).isEqualTo(401);
    }

    @Test
    void anUnknownNameIsLockedExactlyLikeAKnownOne() {
        Actor supplier = actors.supplierOfNewCompany();
        String ghost = "ghost" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 5; i++) {
            Api.Response known = apiAs(supplier.username(), "wrong-" + i);
            Api.Response unknown = apiAs(ghost, "wrong-" + i);
            assertThat(unknown.status()).isEqualTo(known.status());
            assertThat(unknown.text()).isEqualTo(known.text());
            assertThat(unknown.header("Retry-After") == null).isEqualTo(known.header("Retry-After") == null);
        }
        assertThat(signInOnThePage(ghost, "anything-at-all")).contains("locked for now", "Try again in 15 minute(s)");
    }

    @Test
    void tooManyFailuresFromOneAddressAreThrottledWith429() {
        shiftClock(Duration.ofHours(1)); // a fresh minute for this address
        for (int i = 1; i <= 20; i++) {
            assertThat(apiAs("nobody" + i + UUID.randomUUID().toString().substring(0, 6), "x").status())
                    .as("failure %d", i).isEqualTo(401);
        }
        Api.Response throttled = apiAs(Actors.ADMIN_USER, Actors.ADMIN_PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(throttled.json().getString("detail")).contains("Too many failed sign-ins from your network");
        assertThat(signInOnThePage(Actors.ADMIN_USER, Actors.ADMIN_PASSWORD)).contains("from your network");

        shiftClock(Duration.ofHours(1).plusSeconds(61));
        assertThat(Api.as(base, Actors.ADMIN_USER, Actors.ADMIN_PASSWORD).get("/api/v1/admin/registrations").status())
                .isEqualTo(200);
    }
}
