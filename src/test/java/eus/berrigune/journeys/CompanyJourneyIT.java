package eus.berrigune.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Pages;
import eus.berrigune.testdata.Products;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The company journey in a real browser: sign in, create a product with an evidence item and a PDF, publish, find
 * it in the public catalogue; then a second company fails to edit it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompanyJourneyIT {

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
    void aCompanyListsAProductAndAnotherCompanyCannotTouchIt() throws Exception {
        Actors actors = new Actors(baseUrl.toURI());
        Actor supplier = actors.supplierOfNewCompany();
        Actor competitor = actors.supplierOfNewCompany();
        String base = baseUrl.toString().replaceAll("/$", "");

        browser = Browser.open();
        signIn(base, supplier);
        browser.get(base + "/company/product.xhtml");
        type("product:texts_en_name", "Heart failure home kit");
        type("product:texts_en_description", "Scales, blood-pressure cuff and an app that alert the heart failure nurse.");
        type("product:texts_en_intendedPurpose", "Remote monitoring of adults with chronic heart failure.");
        type("product:emdnQuery", "Z1203");
        click("product:emdnSearch");
        WebElement choice = browser.findElement(By.cssSelector(".picker__results input[type=submit]"));
        choice.click();
        waitUntilReplaced(choice);
        assertThat(browser.findElement(By.id("product:emdnCode")).getAttribute("value")).startsWith("Z1203");
        select("product:regulatory_legislation", "MDR (EU) 2017/745");
        select("product:regulatory_riskClass", "IIa");
        select("product:regulatory_ceStatus", "CE-marked");
        type("product:regulatory_notifiedBodyNumber", "12");
        type("product:regulatory_notifiedBodyName", "Agencia Española de Medicamentos y Productos Sanitarios");
        type("product:regulatory_certificateNumber", "CE-2024-118");
        browser.executeScript("document.getElementById('product:regulatory_certificateExpiry').value='2029-05-31'");
        select("product:trl", "TRL 9");
        click("product:save");
        assertThat(messages()).contains("nothing has been saved");
        assertThat(browser.findElement(By.xpath("//input[@id='product:regulatory_notifiedBodyNumber']"
                + "/following-sibling::*[contains(@class,'field__error')]")).getText())
                .isEqualTo("A notified body number has four digits.");
        type("product:regulatory_notifiedBodyNumber", "0318");
        click("product:save");
        assertThat(messages()).contains("The draft has been created.");

        select("evidence:kind", "Clinical or care outcome");
        select("evidence:design", "Randomised controlled trial");
        type("evidence:title", "Telemonitoring and readmissions: a randomised trial");
        type("evidence:population", "240");
        click("evidence:addEvidence");
        assertThat(messages()).contains("The evidence item has been added.");

        select("evidence:kind", "Usability");
        select("evidence:design", "Expert opinion");
        type("evidence:title", "Draft note to withdraw");
        click("evidence:addEvidence");
        WebElement remove = browser.findElement(By.xpath("//li[h3='Draft note to withdraw']//input[@value='Remove']"));
        remove.click();
        waitUntilReplaced(remove);
        assertThat(browser.getPageSource()).contains("This cannot be undone. Remove it?", "Draft note to withdraw");
        WebElement confirm = browser.findElement(By.xpath("//input[@value='Yes, remove']"));
        confirm.click();
        waitUntilReplaced(confirm);
        assertThat(messages()).contains("The evidence item has been removed.");
        assertThat(browser.getPageSource()).doesNotContain("Draft note to withdraw");

        Path pdf = Files.createTempFile("evidence", ".pdf");
        Files.write(pdf, Products.pdf("Trial report"));
        browser.findElement(By.id("documents:file")).sendKeys(pdf.toString());
        click("documents:upload");
        assertThat(messages()).contains("The document has been uploaded.");

        click("lifecycle:publish");
        assertThat(messages()).contains("The product is now published.");
        String publicPage = browser.findElement(By.linkText("See the public page")).getAttribute("href");
        String productId = publicPage.substring(publicPage.indexOf("id=") + 3);
        Browser.screenshot(browser, "company-product-edit");

        // the company's new name reaches search at once: it is part of each of its products there
        String newName = "Txantxangorri Health " + Long.toString(System.nanoTime(), 36);
        browser.get(base + "/company/profile.xhtml");
        type("profile:name", newName);
        click("profile:save");
        assertThat(messages()).contains("The profile has been saved.");

        browser.manage().deleteAllCookies();
        browser.get(base + "/search.xhtml?q=" + newName.replace(' ', '+'));
        assertThat(browser.findElements(By.cssSelector(".results .card"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".results .card")).getText())
                .contains("Heart failure home kit", newName);
        browser.get(base + "/catalog/index.xhtml?code=Z12");
        assertThat(browser.getPageSource()).contains("Heart failure home kit");
        browser.get(publicPage);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Heart failure home kit");
        assertThat(browser.getPageSource()).contains("Randomised", "CE-2024-118", pdf.getFileName().toString(),
                "Agencia Española de Medicamentos");
        Browser.screenshot(browser, "product-page");

        signIn(base, competitor);
        browser.get(base + "/company/product.xhtml?id=" + productId);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Heart failure home kit");
        browser.get(base + "/buyer/lists.xhtml"); // buying staff only
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    }

    private void signIn(String base, Actor actor) {
        pages().signIn(base, actor);
    }

    private void type(String id, String text) {
        pages().type(id, text);
    }

    private void select(String id, String label) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(label);
    }

    private void click(String id) {
        pages().click(id);
    }

    private void waitUntilReplaced(WebElement element) {
        pages().waitUntilReplaced(element);
    }

    private String messages() {
        return pages().messages();
    }

    private Pages pages() {
        return new Pages(browser);
    }
}
