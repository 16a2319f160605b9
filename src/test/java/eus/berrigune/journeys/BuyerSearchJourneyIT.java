package eus.berrigune.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Pages;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A buyer searches from the header, narrows with a facet, goes back, and compares two products side by side; signed
 * in, saves the search, shortlists results, compares the shortlist and is told about a new matching product.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BuyerSearchJourneyIT {

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
    void searchFilterAndCompare() throws Exception {
        Actors actors = new Actors(baseUrl.toURI());
        Actor supplier = actors.supplierOfNewCompany();
        String word = "kx" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        long first = supplier.api().post("/api/v1/products", Products.complete("Oximeter " + word).build()).locationId();
        long second = supplier.api().post("/api/v1/products", Json.createObjectBuilder(Products.complete("Capnograph " + word).build())
                .add("regulatory", Json.createObjectBuilder().add("legislation", "MDR").add("riskClass", "I").add("ceStatus", "CE_MARKED"))
                .build()).locationId();
        supplier.api().post("/api/v1/products/" + first + "/publish", null);
        supplier.api().post("/api/v1/products/" + second + "/publish", null);
        String base = baseUrl.toString().replaceAll("/$", "");

        browser = Browser.open();
        browser.get(base + "/");
        WebElement box = browser.findElement(By.id("site-q"));
        // suggestions as you type: the unfinished word is a prefix; names in the page's language (English here)
        box.sendKeys(word.substring(0, 6));
        By suggestions = By.cssSelector("#site-suggestions option");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(suggestions).size() == 2);
        assertThat(browser.findElements(suggestions).stream().map(o -> o.getAttribute("value")).toList())
                .containsExactlyInAnyOrder("Oximeter " + word, "Capnograph " + word);
        box.sendKeys(word.substring(6));
        box.sendKeys(Keys.ENTER);
        waitFor(By.id("results-heading"));
        assertThat(browser.findElement(By.id("results-heading")).getText()).startsWith("2 ");
        assertThat(browser.findElements(By.tagName("mark"))).isNotEmpty();
        Browser.screenshot(browser, "search");

        browser.findElement(By.partialLinkText("IIa (1)")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("f=risk"));
        assertThat(browser.findElement(By.id("results-heading")).getText()).startsWith("1 ");
        assertThat(browser.findElement(By.cssSelector("ol.results")).getText())
                .contains("Oximeter " + word).doesNotContain("Capnograph " + word);

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("f=risk"));
        assertThat(browser.findElement(By.id("results-heading")).getText()).startsWith("2 ");

        for (long id : List.of(first, second)) {
            browser.findElement(By.id("compare-" + id)).click();
        }
        browser.findElement(By.cssSelector(".compare-form button[type=submit]")).click();
        waitFor(By.cssSelector("table.compare"));
        String table = browser.findElement(By.cssSelector("table.compare")).getText();
        assertThat(table).contains("Oximeter " + word, "Capnograph " + word, "IIa", "differs");
        Browser.screenshot(browser, "compare");
    }

    @Test
    void aSignedInBuyerSavesTheSearchShortlistsResultsAndIsToldAboutANewMatch() throws Exception {
        Actors actors = new Actors(baseUrl.toURI());
        Actor supplier = actors.supplierOfNewCompany();
        Actor buyer = actors.staffOfNewBuyer("BUYER");
        String word = "kw" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        long first = publish(supplier, "Ventilator " + word);
        long second = publish(supplier, "Nebuliser " + word);
        String base = baseUrl.toString().replaceAll("/$", "");
        browser = Browser.open();
        Pages pages = new Pages(browser);
        pages.signIn(base, buyer);

        browser.get(base + "/search.xhtml?q=" + word);
        pages.click(browser.findElement(By.id("save-search")));
        assertThat(browser.findElement(By.id("save:name")).getAttribute("value")).isEqualTo(word);
        pages.type("save:name", "Respiratory " + word);
        pages.click("save:saveSearch");
        assertThat(pages.messages()).contains("Respiratory " + word);

        browser.get(base + "/search.xhtml?q=" + word);
        for (long id : List.of(first, second)) {
            browser.findElement(By.id("compare-" + id)).click();
        }
        pages.click("add-selected");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ventilator " + word, "Nebuliser " + word);
        pages.type("add:name", "Ward 3 " + word);
        pages.click("add:createWith");
        assertThat(pages.messages()).contains("Ward 3 " + word, "2");
        pages.click("open-shortlist");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Ward 3 " + word);
        Browser.screenshot(browser, "shortlist");
        pages.click(browser.findElement(By.linkText("Compare all")));
        assertThat(browser.findElement(By.cssSelector("table.compare")).getText())
                .contains("Ventilator " + word, "Nebuliser " + word);

        publish(supplier, "Oxygen concentrator " + word);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector(".site-nav")).getText().contains("Notifications 1");
        });
        browser.findElement(By.partialLinkText("Notifications")).click();
        waitFor(By.id("notifications"));
        assertThat(browser.findElement(By.id("notifications")).getText())
                .contains("Respiratory " + word, "Oxygen concentrator " + word);
        pages.click(browser.findElement(By.cssSelector("#notifications li input[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Respiratory " + word);
        assertThat(browser.findElement(By.id("matches-heading")).findElement(By.xpath("..")).getText())
                .contains("New", "Oxygen concentrator " + word);
        assertThat(browser.findElement(By.cssSelector(".site-nav")).getText()).doesNotContain("Notifications 1");
    }

    private static long publish(Actor supplier, String name) {
        long id = supplier.api().post("/api/v1/products", Products.complete(name).build()).locationId();
        supplier.api().post("/api/v1/products/" + id + "/publish", null);
        return id;
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
