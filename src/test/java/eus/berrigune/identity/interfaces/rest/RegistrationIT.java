package eus.berrigune.identity.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Database;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A company registers itself through the API, confirms its contact address from the e-mail (read from a real SMTP
 * server, GreenMail), prepares a draft it cannot publish, is approved by an administrator and publishes; duplicates
 * and invalid forms are refused field by field and change nothing; a rejected company cannot sign in; a used or
 * expired link is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIT {

    static final int SMTP_PORT = Integer.parseInt(System.getProperty("it.smtp.port", "19180"));
    static final String BASE_URL = "https://berrigune.it.example";
    static final String PASSWORD = "a-long-enough-password";
    static final Pattern LINK = Pattern.compile(Pattern.quote(BASE_URL) + "/confirm\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withShiftedClock();
    }

    @ArquillianResource
    URL baseUrl;

    URI base;
    Api anonymous;
    Api admin;
    GreenMail smtp;

    @BeforeEach
    void arrange() throws Exception {
        base = baseUrl.toURI();
        anonymous = Api.anonymous(base);
        admin = new Actors(base).admin();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void cleanUp() {
        anonymous.put("/api/v1/test/clock/0", Json.createObjectBuilder().build());
        smtp.stop();
    }

    /** A valid, fresh registration: unique names, a random valid Spanish NIF. */
    static JsonObjectBuilder form() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        return Json.createObjectBuilder()
                .add("companyName", "Erregistro " + id + " S.L.")
                .add("vatNumber", randomNif())
                .add("city", "Bilbao")
                .add("website", "https://" + id + ".example")
                .add("contactName", "Ane " + id)
                .add("contactEmail", "ane." + id + "@registration.example")
                .add("username", "reg" + id)
                .add("password", PASSWORD)
                .add("language", "en");
    }

    static String randomNif() {
        int number = 10_000_000 + new Random().nextInt(89_999_999);
        return number + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(number % 23));
    }

    @Test
    void aCompanyRegistersConfirmsPreparesAndPublishesOnlyOnceApproved() throws Exception {
        JsonObject form = form().build();
        Api.Response registered = anonymous.post("/api/v1/registrations", form);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
        assertThat(registered.text()).doesNotContain(form.getString("username"));
        Api contact = Api.as(base, form.getString("username"), PASSWORD);
        assertThat(contact.get("/api/v1/me/products").status()).as("not confirmed yet").isEqualTo(401);

        MimeMessage mail = awaitMail(form.getString("contactEmail"), "confirm");
        assertThat(mail.getSubject()).contains(form.getString("companyName"));
        String token = token(mail);
        // only the SHA-256 of the link's secret is stored
        assertThat(storedTokenHash(form.getString("username"))).contains(sha256(token));

        assertThat(anonymous.post("/api/v1/registrations/confirmation",
                Json.createObjectBuilder().add("token", token).build()).status()).isEqualTo(204);
        Api.Response reused = anonymous.post("/api/v1/registrations/confirmation",
                Json.createObjectBuilder().add("token", token).build());
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().getString("detail")).contains("not valid");
        assertThat(storedTokenHash(form.getString("username"))).isEmpty();

        // signed in, a draft is prepared, but publishing is refused with a clear message
        assertThat(contact.get("/api/v1/me/products").status()).isEqualTo(200);
        long product = contact.post("/api/v1/products", Products.complete("Draft " + form.getString("username")).build())
                .locationId();
        Api.Response refused = contact.post("/api/v1/products/" + product + "/publish", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("waiting for an administrator to approve");

        // the administrator sees it waiting and approves it; the contact is told by e-mail
        JsonObject waiting = waiting(form.getString("username")).orElseThrow();
        assertThat(waiting.getString("status")).isEqualTo("PENDING_APPROVAL");
        assertThat(waiting.getString("vatNumber")).isEqualTo(form.getString("vatNumber"));
        assertThat(waiting.toString()).doesNotContain(token).doesNotContain(PASSWORD);
        assertThat(contact.get("/api/v1/admin/registrations").status()).isEqualTo(403);
        long id = waiting.getJsonNumber("id").longValue();
        assertThat(admin.post("/api/v1/admin/registrations/" + id + "/approval", Json.createObjectBuilder().build())
                .status()).isEqualTo(204);
        assertThat(awaitMail(form.getString("contactEmail"), "approved").getSubject())
                .contains(form.getString("companyName"));
        assertThat(waiting(form.getString("username"))).isEmpty();
        assertThat(admin.post("/api/v1/admin/registrations/" + id + "/approval", Json.createObjectBuilder().build())
                .status()).as("decided once").isEqualTo(409);

        assertThat(contact.post("/api/v1/products/" + product + "/publish", null).status()).isEqualTo(200);

        // each step is in the audit trail
        long organisation = waiting.getJsonNumber("organisationId").longValue();
        String trail = admin.get("/api/v1/admin/audit?objectType=organisation&objectId=" + organisation).text();
        assertThat(trail).contains("\"register\"", "\"confirm-email\"", "\"approve\"");
    }

    @Test
    void duplicatesAndInvalidFormsAreRefusedFieldByFieldAndChangeNothing() throws Exception {
        JsonObject first = form().build();
        assertThat(anonymous.post("/api/v1/registrations", first).status()).isEqualTo(202);

        JsonObject twin = form()
                .add("vatNumber", "es-" + first.getString("vatNumber").toLowerCase())
                .add("username", first.getString("username"))
                .add("contactEmail", first.getString("contactEmail").toUpperCase())
                .build();
        Api.Response duplicate = anonymous.post("/api/v1/registrations", twin);
        assertThat(duplicate.status()).isEqualTo(422);
        String errors = duplicate.json().getJsonArray("errors").toString();
        assertThat(errors).contains("\"vatNumber\"", "already registered", "\"username\"", "taken", "\"contactEmail\"",
                "cannot be used for a new registration");
        assertThat(errors).doesNotContain("\"companyName\"");

        String username = "bad" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject invalid = form()
                .add("vatNumber", "12345678A")
                .add("username", username)
                .add("password", "short")
                .add("contactEmail", "not-an-address")
                .add("website", "javascript:alert(1)")
                .build();
        Api.Response refused = anonymous.post("/api/v1/registrations", invalid);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").toString())
                .contains("\"vatNumber\"", "\"password\"", "\"contactEmail\"", "\"website\"");
        // nothing was kept: the same user name and company register fine afterwards
        assertThat(anonymous.post("/api/v1/registrations", form().add("username", username)
                .add("companyName", invalid.getString("companyName")).build()).status()).isEqualTo(202);
    }

    @Test
    void aRejectedCompanyIsToldWhyAndCannotSignIn() throws Exception {
        JsonObject form = form().build();
        anonymous.post("/api/v1/registrations", form);
        String token = token(awaitMail(form.getString("contactEmail"), "confirm"));
        anonymous.post("/api/v1/registrations/confirmation", Json.createObjectBuilder().add("token", token).build());
        Api contact = Api.as(base, form.getString("username"), PASSWORD);
        assertThat(contact.get("/api/v1/me/products").status()).isEqualTo(200);
        long id = waiting(form.getString("username")).orElseThrow().getJsonNumber("id").longValue();

        Api.Response noReason = admin.post("/api/v1/admin/registrations/" + id + "/rejection",
                Json.createObjectBuilder().add("reason", " ").build());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().getJsonArray("errors").toString()).contains("\"reason\"");
        assertThat(contact.get("/api/v1/me/products").status()).as("nothing changed").isEqualTo(200);

        assertThat(admin.post("/api/v1/admin/registrations/" + id + "/rejection",
                Json.createObjectBuilder().add("reason", "Not a health-technology company").build()).status())
                .isEqualTo(204);
        MimeMessage rejection = awaitMail(form.getString("contactEmail"), "rejected");
        assertThat(rejection.getContent().toString()).contains("Not a health-technology company");
        assertThat(contact.get("/api/v1/me/products").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/admin/registrations?status=REJECTED").text()).contains(form.getString("username"));
    }

    @Test
    void anExpiredOrUnknownLinkIsRefusedAndTheAccountStaysClosed() throws Exception {
        JsonObject form = form().build();
        anonymous.post("/api/v1/registrations", form);
        String token = token(awaitMail(form.getString("contactEmail"), "confirm"));

        anonymous.put("/api/v1/test/clock/" + Duration.ofHours(48).plusMinutes(1).toSeconds(),
                Json.createObjectBuilder().build());
        Api.Response expired = anonymous.post("/api/v1/registrations/confirmation",
                Json.createObjectBuilder().add("token", token).build());
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.json().getString("detail")).contains("expired");
        assertThat(Api.as(base, form.getString("username"), PASSWORD).get("/api/v1/me/products").status())
                .isEqualTo(401);
        anonymous.put("/api/v1/test/clock/0", Json.createObjectBuilder().build());

        for (String wrong : List.of("x".repeat(43), "short", token.substring(1) + "A")) {
            assertThat(anonymous.post("/api/v1/registrations/confirmation",
                    Json.createObjectBuilder().add("token", wrong).build()).status()).as(wrong).isEqualTo(409);
        }
        assertThat(waiting(form.getString("username")).orElseThrow().getString("status"))
                .isEqualTo("PENDING_CONFIRMATION");
    }

    Optional<JsonObject> waiting(String username) {
        Api.Response list = admin.get("/api/v1/admin/registrations");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.jsonArray().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("contactUsername").equals(username))
                .findFirst();
    }

    MimeMessage awaitMail(String address, String subjectWord) throws Exception {
        Instant deadline = Instant.now().plusSeconds(40);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> to(m).equalsIgnoreCase(address))
                    .filter(m -> subject(m).contains(subjectWord))
                    .toList();
            if (!mails.isEmpty()) {
                assertThat(mails).hasSize(1);
                return mails.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail '" + subjectWord + "' to " + address);
    }

    static String token(MimeMessage mail) throws MessagingException, IOException {
        Matcher m = LINK.matcher(mail.getContent().toString());
        assertThat(m.find()).as(mail.getContent().toString()).isTrue();
        return m.group(1);
    }

    static String to(MimeMessage m) {
        try {
            jakarta.mail.Address[] to = m.getRecipients(Message.RecipientType.TO);
            return to == null || to.length != 1 ? "" : ((InternetAddress) to[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> storedTokenHash(String username) throws Exception {
        try (Connection db = Database.connect();
                PreparedStatement query = db.prepareStatement("SELECT r.token_hash FROM company_registration r"
                        + " JOIN user_account u ON u.id = r.contact_user_id WHERE u.username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return Optional.ofNullable(rows.getString(1));
            }
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
