package eus.berrigune.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Pages;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
 * A procurement officer drafts and announces a consultation in the browser; a company answers it (part of it
 * confidential) and asks a question; the officer publishes the clarification and, after the deadline, reads the
 * answers side by side.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationJourneyIT {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withShiftedClock();
    }

    @ArquillianResource
    URL baseUrl;

    ChromeDriver browser;
    Api anonymous;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (anonymous != null) {
            anonymous.put("/api/v1/test/clock/0", Json.createObjectBuilder().build());
        }
    }

    @Test
    void draftAnnounceAnswerClarifyAndCompare() throws Exception {
        Actors actors = new Actors(baseUrl.toURI());
        anonymous = Api.anonymous(baseUrl.toURI());
        Actor buyer = actors.staffOfNewBuyer("BUYER");
        Actor company = actors.supplierOfNewCompany();
        String word = "kc" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Products.published(company, "Home spirometer " + word);
        String base = baseUrl.toString().replaceAll("/$", "");
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Madrid")).plusHours(1).truncatedTo(ChronoUnit.MINUTES);

        browser = Browser.open();
        Pages pages = new Pages(browser);
        pages.signIn(base, buyer);
        browser.get(base + "/consultations/index.xhtml");
        pages.click(browser.findElement(By.id("new-consultation")));
        type(By.cssSelector("fieldset[lang=es] input[id$=':title']"), "Espirometría domiciliaria " + word);
        type(By.cssSelector("fieldset[lang=es] textarea[id$=':description']"), "Buscamos espirómetros para el domicilio.");
        type(By.cssSelector("fieldset[lang=es] textarea[id$=':participation']"), "Responda al cuestionario en Berrigune.");
        pages.type("consultation:emdnCodes", "Z12");
        setValue(By.id("consultation:startAt"), INPUT.format(start));
        setValue(By.id("consultation:deadline"), INPUT.format(start.plusDays(7)));
        type(By.cssSelector("textarea[id$=':questionText']"), "¿Cómo se envían los resultados al hospital?");
        browser.findElement(By.cssSelector("input[id$=':questionRequired']")).click();
        pages.click("consultation:save");
        assertThat(pages.messages()).contains("The draft has been created");
        java.nio.file.Path pliego = java.nio.file.Files.createTempFile("pliego-" + word, ".pdf");
        java.nio.file.Files.write(pliego, Products.pdf("Pliego técnico " + word));
        browser.findElement(By.id("attachments:file")).sendKeys(pliego.toAbsolutePath().toString());
        pages.click("attachments:attach");
        assertThat(pages.messages()).contains("The document has been attached");
        assertThat(browser.findElement(By.id("attachments")).getText()).contains(pliego.getFileName().toString());
        pages.click("consultation:askSchedule");
        pages.click("consultation:confirmSchedule");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Announced");
        Browser.screenshot(browser, "consultation-buyer");

        long id = buyer.api().get("/api/v1/consultations").jsonArray().stream()
                .map(v -> (JsonObject) v)
                .filter(c -> c.getString("title").contains(word))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(anonymous.put("/api/v1/test/clock/3660", Json.createObjectBuilder().build()).status()).isEqualTo(200);

        pages.signIn(base, company);
        browser.get(base + "/consultations/view.xhtml?id=" + id);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Espirometría domiciliaria " + word);
        assertThat(browser.findElement(By.id("documents-heading")).findElement(By.xpath("..")).getText())
                .contains(pliego.getFileName().toString());
        pages.click(browser.findElement(By.id("take-part")));
        type(By.cssSelector("textarea[id$=':text']"), "Por HL7 FHIR, con nuestro espirómetro " + word);
        browser.findElement(By.cssSelector("input[id$=':confidential']")).click();
        pages.click("answer:submit");
        assertThat(pages.messages()).contains("Your answer has been submitted");
        assertThat(browser.findElement(By.id("answer-state")).getText()).contains("Submitted on");
        pages.type("ask:question", "¿Se acepta el préstamo de equipos durante el piloto?");
        pages.click("ask:askButton");
        assertThat(pages.messages()).contains("Your question has been sent");
        Browser.screenshot(browser, "consultation-answer");

        pages.signIn(base, buyer);
        browser.get(base + "/buyer/consultation.xhtml?id=" + id);
        assertThat(browser.findElement(By.id("sealed")).getText()).contains("1 company has submitted");
        assertThat(browser.getPageSource()).doesNotContain("con nuestro espirómetro");
        type(By.cssSelector("textarea[id$=':wording']"), "¿Se admite la cesión temporal de equipos?");
        type(By.cssSelector("textarea[id$=':reply']"), "Sí, durante la consulta no se adquiere nada.");
        pages.click(browser.findElement(By.cssSelector("#clarifications input[type=submit]")));
        assertThat(pages.messages()).contains("published to every participant");

        browser.get(base + "/consultations/view.xhtml?id=" + id);
        assertThat(browser.findElement(By.cssSelector("dl.clarifications")).getText())
                .contains("cesión temporal").doesNotContain("préstamo");

        assertThat(anonymous.put("/api/v1/test/clock/" + (3660 + 8 * 24 * 3600), Json.createObjectBuilder().build()).status())
                .isEqualTo(200);
        browser.get(base + "/buyer/consultation.xhtml?id=" + id);
        String answers = browser.findElement(By.id("answers")).getText();
        assertThat(answers).contains("con nuestro espirómetro " + word, "confidential");
        Browser.screenshot(browser, "consultation-answers");
    }

    @Test
    void aConsultationStartsFromAShortlist() throws Exception {
        Actors actors = new Actors(baseUrl.toURI());
        anonymous = Api.anonymous(baseUrl.toURI());
        Actor buyer = actors.staffOfNewBuyer("BUYER");
        Actor company = actors.supplierOfNewCompany();
        String word = "ks" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        long product = Products.published(company, "Pulse oximeter " + word);
        long shortlist = buyer.api().post("/api/v1/shortlists", Json.createObjectBuilder().add("name", "Oximetry " + word)
                .add("productIds", Json.createArrayBuilder().add(product)).build()).locationId();
        String base = baseUrl.toString().replaceAll("/$", "");

        browser = Browser.open();
        Pages pages = new Pages(browser);
        pages.signIn(base, buyer);
        browser.get(base + "/buyer/shortlist.xhtml?id=" + shortlist);
        pages.click(browser.findElement(By.id("consult-from-shortlist")));
        assertThat(pages.messages()).contains("Started from the shortlist «Oximetry " + word + "»");
        assertThat(browser.findElement(By.id("consultation:emdnCodes")).getAttribute("value")).isEqualTo("Z12");
        assertThat(browser.findElement(By.cssSelector("input[name='consultation:kind'][value='SELECTED']")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("input[name='consultation:invitedCompanyIds'][value='"
                + company.organisationId() + "']")).isSelected()).isTrue();
        pages.click("consultation:save");
        JsonObject saved = buyer.api().get("/api/v1/consultations").jsonArray().stream()
                .map(v -> (JsonObject) v).filter(c -> c.getString("title").equals("Oximetry " + word))
                .findFirst().orElseThrow();
        assertThat(buyer.api().get("/api/v1/consultations/" + saved.getJsonNumber("id").longValue()).json()
                .getJsonArray("invitedCompanyIds").toString()).contains(String.valueOf(company.organisationId()));
    }

    private void type(By locator, String text) {
        WebElement element = browser.findElement(locator);
        element.clear();
        element.sendKeys(text);
    }

    private void setValue(By locator, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(locator), value);
    }
}
