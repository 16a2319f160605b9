package eus.berrigune.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Pages;
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
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accessibility statement's feedback channel: an anonymous visitor reports a barrier (bad input refused with a
 * message, nothing stored), every administrator is told, and an administrator marks the report handled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityFeedbackIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aVisitorReportsABarrierAndAnAdministratorHandlesIt() throws Exception {
        Actors actors = new Actors(baseUrl.toURI());
        String word = "fb" + new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String base = baseUrl.toString().replaceAll("/$", "");
        browser = Browser.open();
        Pages pages = new Pages(browser);

        browser.get(base + "/");
        pages.click(browser.findElement(By.linkText("Accessibility")));
        assertThat(browser.findElement(By.id("conformance")).getText()).contains("WCAG 2.1");
        pages.click(browser.findElement(By.id("feedback-link")));
        pages.type("feedback:contact", "reader@localhost");
        pages.click("feedback:send");
        assertThat(browser.findElement(By.id("feedback")).getText())
                .contains("This field is required.", "Enter a valid e-mail address.");
        assertThat(actors.admin().get("/api/v1/notifications").text()).doesNotContain(word);

        pages.type("feedback:page", "/search.xhtml");
        pages.type("feedback:message", "The facet checkboxes are not announced " + word);
        pages.type("feedback:contact", "reader@example.org");
        pages.click("feedback:send");
        assertThat(pages.messages()).contains("your report has been sent to the administrators");
        assertThat(browser.manage().getCookieNamed("BERRIGUNE_SESSION")).as("the form keeps a session").isNotNull();
        assertThat(actors.admin().get("/api/v1/notifications").text())
                .contains("New accessibility report about «/search.xhtml»: The facet checkboxes are not announced " + word);

        Actor admin = new Actor(Actors.ADMIN_USER, Actors.ADMIN_PASSWORD, 0, actors.admin());
        pages.signIn(base, admin);
        browser.get(base + "/admin/feedback.xhtml");
        var report = browser.findElements(By.cssSelector("li.evidence")).stream()
                .filter(li -> li.getText().contains(word)).findFirst().orElseThrow();
        assertThat(report.getText()).contains("reader@example.org", "/search.xhtml");
        pages.click(report.findElement(By.cssSelector("input[type=submit]")));
        assertThat(pages.messages()).contains("The report is marked handled");
        assertThat(browser.findElements(By.cssSelector("li.evidence")).stream()
                .filter(li -> li.getText().contains(word)).findFirst().orElseThrow().getText()).contains("Handled by");

        Actor supplier = actors.supplierOfNewCompany();
        pages.signIn(base, supplier);
        browser.get(base + "/admin/feedback.xhtml");
        assertThat(browser.getPageSource()).doesNotContain(word);
    }
}
