package eus.berrigune.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Database;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every notification is also an e-mail, sent after the commit through a real SMTP server (GreenMail, started here in
 * the test JVM on the port the test server is configured with: {@code it.smtp.port}), in the recipient's language, to
 * the recipient only; when the mail server is down the e-mail waits and is sent, once, when it is back.
 *
 * <p>The test server's outbox is shared with the other test classes, whose e-mails may arrive here too: every
 * assertion looks only at this test's own, uniquely named users' addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationEmailIT {

    static final int SMTP_PORT = Integer.parseInt(System.getProperty("it.smtp.port", "19180"));
    static final String BASE_URL = "https://berrigune.it.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    Actors actors;
    Actor supplier;
    String word;
    GreenMail smtp;

    @BeforeEach
    void arrange() throws Exception {
        actors = new Actors(baseUrl.toURI());
        supplier = actors.supplierOfNewCompany();
        word = "zm" + new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    Actor basqueBuyer() {
        long hospital = actors.organisation("BUYER", "Test Hospital " + word + new Random().nextInt(1_000_000));
        return actors.userSpeaking("eu", hospital, "BUYER");
    }

    long savedSearch(Actor owner, String name, String query) {
        return owner.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                .add("name", name).add("query", query).add("alerts", true).build()).locationId();
    }

    void publish(String name) {
        long id = supplier.api().post("/api/v1/products", Products.complete(name).build()).locationId();
        assertThat(supplier.api().post("/api/v1/products/" + id + "/publish", null).status()).isEqualTo(200);
    }

    @Test
    void aSavedSearchAlertArrivesByEmailInTheRecipientsLanguageToTheRecipientOnly() throws Exception {
        startSmtp();
        Actor buyer = basqueBuyer();
        Actor colleague = actors.staffOf(buyer, "BUYER");
        Actor otherHospital = actors.staffOfNewBuyer("BUYER");
        long searchId = savedSearch(buyer, "Ponpak " + word, "q=" + word);
        savedSearch(otherHospital, "Other " + word, "q=" + word + "&f=risk:III");

        publish("Infusio-ponpa " + word);

        MimeMessage mail = awaitOne(buyer);
        assertThat(mail.getSubject())
                .isEqualTo("Berrigune: Produktu berria zure «Ponpak " + word + "» bilaketa gordearentzat: Infusio-ponpa " + word);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(buyer.email());
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("berrigune@it.example");
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("utf-8");
        assertThat(mail.getHeader("Content-Language")).containsExactly("eu");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(mail.getContent().toString())
                .contains("Produktu berria zure «Ponpak " + word + "» bilaketa gordearentzat")
                .contains("Ireki Berrigunen:")
                .contains(BASE_URL + "/buyer/saved-search.xhtml?id=" + searchId)
                .contains(BASE_URL + "/account/notifications.xhtml");
        // the in-app notification exists too, and is the same news
        assertThat(buyer.api().get("/api/v1/notifications", "eu").text()).contains("Ponpak " + word);

        // a few more polls: nothing else for this buyer, nothing for a colleague, another hospital or the company
        Thread.sleep(3_000);
        assertThat(received(buyer)).hasSize(1);
        for (Actor other : List.of(colleague, otherHospital, supplier)) {
            assertThat(received(other)).as(other.username()).isEmpty();
        }
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> text(m).contains(word))).hasSize(1);
    }

    @Test
    void whileTheMailServerIsDownTheEmailWaitsAndIsSentOnceWhenItIsBack() throws Exception {
        Actor buyer = basqueBuyer();
        savedSearch(buyer, "Monitoreak " + word, "q=" + word);

        publish("Monitorea " + word);

        // the first attempts fail (nothing listens on the SMTP port) and are recorded for a retry
        await(Duration.ofSeconds(60), "a failed attempt recorded", () -> outboxRow(buyer)
                .filter(r -> r.attempts() >= 1 && r.status().equals("PENDING") && r.lastError() != null).isPresent());
        assertThat(outboxRow(buyer).orElseThrow().lastError()).containsIgnoringCase("connect");
        // the user's side is untouched: the in-app notification is there
        assertThat(buyer.api().get("/api/v1/notifications").text()).contains("Monitoreak " + word);

        startSmtp();
        MimeMessage mail = awaitOne(buyer);
        assertThat(mail.getSubject()).contains("Monitoreak " + word, "Monitorea " + word);
        await(Duration.ofSeconds(10), "the e-mail marked sent",
                () -> outboxRow(buyer).filter(r -> r.status().equals("SENT")).isPresent());
        Thread.sleep(3_000);
        assertThat(received(buyer)).as("sent exactly once").hasSize(1);
    }

    MimeMessage awaitOne(Actor recipient) {
        await(Duration.ofSeconds(40), "an e-mail to " + recipient.email(), () -> !received(recipient).isEmpty());
        List<MimeMessage> mails = received(recipient);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    List<MimeMessage> received(Actor recipient) {
        if (smtp == null) {
            return List.of();
        }
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(Optional.ofNullable(m.getRecipients(Message.RecipientType.TO))
                                .orElse(new jakarta.mail.Address[0]))
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(recipient.email()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state of a user's (only) e-mail in the outbox, read from the test server's database. */
    record OutboxRow(String status, int attempts, String lastError) {}

    static Optional<OutboxRow> outboxRow(Actor recipient) {
        try (Connection db = Database.connect();
                PreparedStatement query = db.prepareStatement("SELECT o.status, o.attempts, o.last_error"
                        + " FROM email_outbox o JOIN user_account u ON u.id = o.recipient_id WHERE u.username = ?")) {
            query.setString(1, recipient.username());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new OutboxRow(rows.getString(1), rows.getInt(2), rows.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(Duration timeout, String what, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.get()) {
            assertThat(Instant.now()).as("waited %s for %s", timeout, what).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
