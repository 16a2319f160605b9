package eus.berrigune.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Pages;
import eus.berrigune.testdata.Products;
import java.net.URL;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Clinician → buyer → company → evidence in the browser: a clinician describes a need and requests a pilot of a
 * candidate product; a procurement officer triages, approves and invites the company; the company accepts and
 * proposes the protocol; both agree it; the pilot runs; the clinician reports results; the officer signs the outcome
 * off and it appears as verified evidence on the public product page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PilotJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    ChromeDriver browser;
    Pages pages;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromAClinicalNeedToEvidenceOnTheProduct() throws Exception {
        Actors actors = new Actors(baseUrl.toURI());
        Actor clinician = actors.staffOfNewBuyer("CLINICIAN");
        Actor buyer = actors.staffOf(clinician, "BUYER");
        Actor company = actors.supplierOfNewCompany();
        String word = "pj" + new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        // passive rehabilitation equipment (EMDN Z120603): no other test publishes under it
        long product = company.api().post("/api/v1/products", Products.complete("Knee rehab " + word)
                .add("emdnCode", "Z120603").build()).locationId();
        company.api().post("/api/v1/products/" + product + "/publish", null);
        String base = baseUrl.toString().replaceAll("/$", "");
        browser = Browser.open();
        pages = new Pages(browser);

        // the clinician describes the need and requests a pilot of the best candidate
        pages.signIn(base, clinician);
        browser.get(base + "/pilots/index.xhtml");
        pages.click(browser.findElement(By.id("new-need")));
        pages.type("need:title", "Knee replacement rehabilitation at home " + word);
        pages.type("need:problem", "Patients wait weeks for physiotherapy after knee replacement.");
        pages.type("need:hospital", "Hospital Universitario Donostia");
        pages.type("need:emdnCodes", "Z120603");
        pages.click("need:save");
        assertThat(pages.messages()).contains("The need has been saved");
        WebElement candidate = browser.findElement(By.id("candidates")).findElements(By.cssSelector("li.card")).stream()
                .filter(li -> li.getText().contains(word)).findFirst().orElseThrow();
        assertThat(candidate.getText()).contains("Knee rehab " + word, "Score:", "CE-marked, certificate valid");
        pages.click(candidate.findElement(By.cssSelector("a[href*='/pilots/request.xhtml']")));
        pages.type("request:intendedUse", "Home rehabilitation for 30 patients for 6 weeks after surgery.");
        browser.findElement(By.id("request:withinIntendedPurpose")).click();
        pages.click("request:submit");
        assertThat(pages.messages()).contains("The pilot has been requested");
        assertThat(status()).isEqualTo("Requested");
        String pilotUrl = browser.getCurrentUrl().replaceAll("&requested=true", "");
        Browser.screenshot(browser, "pilot-requested");

        // the procurement officer triages, approves and invites the company
        pages.signIn(base, buyer);
        browser.get(pilotUrl);
        step("TRIAGE");
        assertThat(status()).isEqualTo("In triage");
        step("APPROVE");
        step("INVITE");
        assertThat(status()).isEqualTo("Company invited");

        // the company accepts and proposes the protocol, then agrees it
        pages.signIn(base, company);
        browser.get(base + "/pilots/index.xhtml");
        assertThat(browser.findElement(By.id("pilot-list")).getText()).contains("Knee rehab " + word);
        browser.get(pilotUrl);
        assertThat(browser.findElement(By.id("timeline")).getText()).doesNotContain("Triage started");
        step("ACCEPT");
        pages.type("protocol:endpoints", "Knee flexion of 90° at 6 weeks\nPatient satisfaction of 8 out of 10");
        pages.type("protocol:durationWeeks", "6");
        pages.type("protocol:sites", "Donostia traumatology");
        pages.type("protocol:stopCriteria", "Any fall or wound complication");
        pages.type("protocol:costs", "Devices lent free of charge");
        browser.findElement(By.id("protocol:dataProtectionDone")).click();
        pages.click("protocol:propose");
        assertThat(pages.messages()).contains("The protocol has been proposed");
        step("AGREE");
        assertThat(browser.findElement(By.id("company-agreement")).getText()).contains(company.username());

        // the officer agrees too; the pilot runs and ends
        pages.signIn(base, buyer);
        browser.get(pilotUrl);
        step("AGREE");
        assertThat(status()).isEqualTo("Agreement signed");
        step("START");
        step("FINISH");
        assertThat(status()).isEqualTo("Evaluation");

        // the clinician reports results against each endpoint
        pages.signIn(base, clinician);
        browser.get(pilotUrl);
        List<WebElement> findings = browser.findElements(By.cssSelector("textarea[id$=':finding']"));
        assertThat(findings).hasSize(2);
        findings.get(0).sendKeys("Median flexion 95° at 6 weeks");
        findings.get(1).sendKeys("Median satisfaction 9 of 10");
        browser.findElements(By.cssSelector("input[id$=':met']")).forEach(WebElement::click);
        pages.type("evaluation:summary", "Home rehabilitation reached both endpoints " + word);
        pages.type("evaluation:participants", "28");
        pages.click("evaluation:report");
        assertThat(pages.messages()).contains("The results have been saved");

        // the officer signs the outcome off: it is verified evidence on the public product page
        pages.signIn(base, buyer);
        browser.get(pilotUrl);
        step("SIGN_OFF");
        assertThat(status()).isEqualTo("Completed");
        Browser.screenshot(browser, "pilot-completed");
        pages.click(browser.findElement(By.id("evidence-link")));
        String evidence = browser.findElement(By.cssSelector(".evidence-list")).getText();
        assertThat(evidence).contains("Home rehabilitation reached both endpoints " + word,
                "Outcome of a pilot, signed off by the buying organisation", "Verified");
        browser.manage().deleteAllCookies();
        browser.get(base + "/catalog/product.xhtml?id=" + product);
        assertThat(browser.findElement(By.cssSelector(".evidence-list")).getText()).contains("Real-world");

        // the dashboard counts it
        pages.signIn(base, buyer);
        browser.get(base + "/pilots/dashboard.xhtml");
        assertThat(browser.findElement(By.id("by-status-title")).findElement(By.xpath("..")).getText())
                .contains("Completed");
        assertThat(browser.findElement(By.id("by-hospital")).getText()).contains("Hospital Universitario Donostia");
        Browser.screenshot(browser, "pilot-dashboard");
    }

    /** Opens a step's confirmation and confirms it. */
    private void step(String action) {
        pages.click(browser.findElement(By.cssSelector("[data-step='" + action + "']")));
        pages.click("pilot:confirm");
    }

    private String status() {
        return browser.findElement(By.id("pilot-status")).getText();
    }
}
