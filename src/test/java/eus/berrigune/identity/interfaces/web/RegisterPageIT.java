package eus.berrigune.identity.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Pages;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** The registration page in Chromium: from the header link, field errors, the e-mail, the confirmation page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegisterPageIT {

    static final int SMTP_PORT = Integer.parseInt(System.getProperty("it.smtp.port", "19180"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    ChromeDriver browser;
    GreenMail smtp;

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.quit();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aCompanyRegistersOnThePageAndConfirmsFromTheEmail() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String site = baseUrl.toString().replaceAll("/$", "");
        browser = Browser.open();
        Pages pages = new Pages(browser);
        browser.get(site + "/?lang=en");
        pages.click(browser.findElement(By.id("header-register")));
        assertThat(browser.getCurrentUrl()).endsWith("/register.xhtml");
        assertThat(browser.manage().getCookieNamed("BERRIGUNE_SESSION")).as("stateless for visitors").isNull();

        String id = UUID.randomUUID().toString().substring(0, 8);
        pages.type("register:companyName", "Orrialde " + id + " S.L.");
        pages.type("register:vatNumber", "12345678A");
        pages.type("register:contactEmail", "nobody@localhost"); // the browser accepts it, the server does not
        pages.click("register:submit");
        assertThat(browser.findElement(By.cssSelector("[id='register:vatNumber'] ~ .field__error")).getText())
                .contains("Spanish NIF or CIF");
        assertThat(browser.findElement(By.id("messages")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("sent"))).isEmpty();

        int number = 10_000_000 + new Random().nextInt(89_999_999);
        String email = "page." + id + "@registration.example";
        pages.type("register:vatNumber", number + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(number % 23)));
        pages.type("register:city", "Gasteiz");
        pages.type("register:contactName", "Miren " + id);
        pages.type("register:contactEmail", email);
        pages.type("register:username", "page" + id);
        pages.type("register:password", "a-long-enough-password");
        pages.click("register:submit");
        assertThat(pages.waitFor(By.id("sent")).getText()).contains("We have sent an e-mail");
        Browser.screenshot(browser, "register");

        MimeMessage mail = awaitMail(email);
        Matcher link = Pattern.compile("https://berrigune\\.it\\.example(/confirm\\.xhtml\\?token=[A-Za-z0-9_-]{43})")
                .matcher(mail.getContent().toString());
        assertThat(link.find()).isTrue();
        browser.get(site + link.group(1));
        pages.click("confirm:submit");
        assertThat(pages.waitFor(By.id("confirmed")).getText()).contains("Your address is confirmed");
        browser.get(site + link.group(1));
        pages.click("confirm:submit");
        assertThat(pages.messages()).contains("not valid");
    }

    MimeMessage awaitMail(String address) throws Exception {
        Instant deadline = Instant.now().plusSeconds(40);
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return ((InternetAddress) m.getAllRecipients()[0]).getAddress().equalsIgnoreCase(address);
                } catch (Exception e) {
                    return false;
                }
            }).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail to " + address);
    }
}
