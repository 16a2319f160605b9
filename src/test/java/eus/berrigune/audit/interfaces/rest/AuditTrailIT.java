package eus.berrigune.audit.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Database;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Pages;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * The audit trail through the REST API and the auditor's page: business events, a failed sign-in, denials across
 * organisations and a buying team's reading of a confidential answer are recorded with who, organisation, object
 * and outcome; only administrators read the trail; the verification finds one row changed in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withShiftedClock();
    }

    @ArquillianResource
    URL baseUrl;

    URI base;
    Actors actors;
    Api admin;
    Api anonymous;
    ChromeDriver browser;

    @BeforeEach
    void arrange() throws Exception {
        base = baseUrl.toURI();
        actors = new Actors(base);
        admin = actors.admin();
        anonymous = Api.anonymous(base);
        shift(0);
    }

    @AfterEach
    void reset() {
        shift(0);
        if (browser != null) {
            browser.quit();
        }
    }

    void shift(long seconds) {
        assertThat(anonymous.put("/api/v1/test/clock/" + seconds, Json.createObjectBuilder().build()).status()).isEqualTo(200);
    }

    /** The records matching a query of the audit API, newest first. */
    List<JsonObject> records(String query) {
        Api.Response response = admin.get("/api/v1/admin/audit?size=200&" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<String> actions(List<JsonObject> records) {
        return records.stream().map(r -> r.getString("action") + ":" + r.getString("outcome")).toList();
    }

    @Test
    void businessEventsDenialsAndFailedSignInsAreRecordedWithWhoOrganisationObjectAndOutcome() {
        Instant before = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        Actor supplier = actors.supplierOfNewCompany();
        Actor competitor = actors.supplierOfNewCompany();
        Actor buyer = actors.staffOfNewBuyer("BUYER");

        long product = supplier.api().post("/api/v1/products", Products.complete("Audited monitor").build()).locationId();
        long draft = supplier.api().post("/api/v1/products", Products.incomplete("Audited draft")).locationId();
        long document = supplier.api().postRaw("/api/v1/products/" + product + "/documents?fileName=study.pdf&buyerOnly=true",
                "application/pdf", Products.pdf("Confidential study")).locationId();
        assertThat(supplier.api().post("/api/v1/products/" + product + "/publish", null).status()).isEqualTo(200);
        assertThat(buyer.api().get("/api/v1/documents/" + document).status()).isEqualTo(200);

        // the trail of the product: who, which organisation, what, outcome
        List<JsonObject> ofProduct = records("objectType=product&objectId=" + product + "&from=" + before);
        assertThat(actions(ofProduct)).containsExactly("publish:SUCCESS", "upload-document:SUCCESS", "create:SUCCESS");
        JsonObject created = ofProduct.get(2);
        assertThat(created.getString("actorName")).isEqualTo(supplier.username());
        assertThat(created.getJsonNumber("organisationId").longValue()).isEqualTo(supplier.organisationId());
        assertThat(created.getJsonNumber("actorId").longValue()).isPositive();
        assertThat(Instant.parse(created.getString("occurredAt"))).isAfter(before);
        assertThat(ofProduct.get(1).getString("detail")).contains("document " + document, "buyer-only", "study.pdf");

        // a buyer reading a buyer-only document is on the record
        List<JsonObject> reads = records("objectType=document&objectId=" + document);
        assertThat(actions(reads)).containsExactly("read:SUCCESS");
        assertThat(reads.get(0).getString("actorName")).isEqualTo(buyer.username());
        assertThat(reads.get(0).getJsonNumber("organisationId").longValue()).isEqualTo(buyer.organisationId());

        // denied accesses across organisations: a published product (403) and a draft (404) of another company
        assertThat(competitor.api().put("/api/v1/products/" + product, Json.createObjectBuilder(
                Products.complete("Hijacked").build()).add("version", 1).build()).status()).isEqualTo(403);
        assertThat(competitor.api().get("/api/v1/products/" + draft).status()).isEqualTo(404);
        List<JsonObject> denials = records("actor=" + competitor.username() + "&outcome=DENIED");
        assertThat(denials).hasSize(2);
        assertThat(denials).allSatisfy(d -> {
            assertThat(d.getString("action")).isEqualTo("access");
            assertThat(d.getJsonNumber("organisationId").longValue()).isEqualTo(competitor.organisationId());
        });
        assertThat(denials.get(0).getString("objectType")).isEqualTo("product");
        assertThat(denials.get(0).getString("objectId")).isEqualTo(String.valueOf(draft));
        assertThat(denials.get(1).getString("objectId")).isEqualTo(String.valueOf(product));
        assertThat(denials.get(1).getString("detail")).contains("ProductService.update");
        assertThat(records("objectType=product&objectId=" + product + "&outcome=SUCCESS")).hasSize(3); // nothing changed

        // a failed sign-in names the account tried; a forged log line in a user name stays one line
        assertThat(Api.as(base, supplier.username(), "wrong-password").get("/api/v1/me/products").status()).isEqualTo(401);
        List<JsonObject> failed = records("actor=" + supplier.username() + "&outcome=FAILED");
        assertThat(actions(failed)).containsExactly("sign-in:FAILED");
        assertThat(failed.get(0).getJsonNumber("organisationId").longValue()).isEqualTo(supplier.organisationId());
        assertThat(failed.get(0).getString("detail")).isEqualTo("api");
        String ghost = "ghost" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Api.as(base, ghost + "\r\naudit #1 forged", "x").get("/api/v1/me/products").status()).isEqualTo(401);
        List<JsonObject> forged = records("actor=" + q(ghost + "\\r\\naudit #1 forged"));
        assertThat(forged).hasSize(1);
        assertThat(forged.get(0).containsKey("actorId")).isFalse();
        assertThat(forged.get(0).getString("outcome")).isEqualTo("FAILED");

        // the trail is the administrators' only; asking for it is a denial like any other
        assertThat(supplier.api().get("/api/v1/admin/audit").status()).isEqualTo(403);
        assertThat(buyer.api().get("/api/v1/admin/audit/verification").status()).isEqualTo(403);
        assertThat(anonymous.get("/api/v1/admin/audit").status()).isEqualTo(401);
        assertThat(actions(records("actor=" + supplier.username() + "&outcome=DENIED"))).containsExactly("access:DENIED");
        assertThat(admin.get("/api/v1/admin/audit?outcome=MAYBE").status()).isEqualTo(422);
        assertThat(admin.get("/api/v1/admin/audit?from=yesterday").status()).isEqualTo(422);
    }

    @Test
    void theBuyingTeamReadingACompanysConfidentialAnswerIsRecorded() {
        Actor buyer = actors.staffOfNewBuyer("BUYER");
        Actor company = actors.supplierOfNewCompany();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
        JsonObject draft = Json.createObjectBuilder()
                .add("kind", "SELECTED")
                .add("invitedCompanyIds", Json.createArrayBuilder().add(company.organisationId()))
                .add("texts", Json.createObjectBuilder().add("es", Json.createObjectBuilder()
                        .add("title", "Consulta auditada").add("description", "Descripción.")
                        .add("need", "Necesidad.").add("participation", "Responda en Berrigune.")))
                .add("emdnCodes", Json.createArrayBuilder().add("Z12"))
                .add("startAt", start.toString())
                .add("deadline", start.plus(Duration.ofHours(24)).toString())
                .add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kind", "TEXT").add("text", "Precio").add("required", true)))
                .build();
        long id = buyer.api().post("/api/v1/consultations", draft).locationId();
        String path = "/api/v1/consultations/" + id;
        JsonObject scheduled = buyer.api().post(path + "/schedule", null).json();
        long question = scheduled.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();

        shift(3600);
        JsonObject answer = Json.createObjectBuilder().add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("questionId", question).add("text", "Secret price").add("confidential", true))).build();
        assertThat(company.api().put(path + "/answers/mine", answer).status()).isEqualTo(200);
        assertThat(company.api().post(path + "/answers/mine/submit", null).status()).isEqualTo(200);

        shift(3600 + 24 * 3600);
        JsonArray answers = buyer.api().get(path + "/answers").json().getJsonArray("answers");
        assertThat(answers).hasSize(1);
        long answerId = answers.getJsonObject(0).getJsonNumber("id").longValue();

        List<JsonObject> ofAnswer = records("objectType=answer&objectId=" + answerId);
        assertThat(actions(ofAnswer)).containsExactly("read:SUCCESS", "submit:SUCCESS", "save:SUCCESS");
        JsonObject read = ofAnswer.get(0);
        assertThat(read.getString("actorName")).isEqualTo(buyer.username());
        assertThat(read.getJsonNumber("organisationId").longValue()).isEqualTo(buyer.organisationId());
        assertThat(read.getString("detail")).isEqualTo("consultation " + id + ", company " + company.organisationId());
        assertThat(ofAnswer.get(1).getString("actorName")).isEqualTo(company.username());

        // the consultation's life: created, scheduled, opened and closed by the clock (the system)
        List<JsonObject> ofConsultation = records("objectType=consultation&objectId=" + id);
        assertThat(actions(ofConsultation)).containsExactly("transition:SUCCESS", "transition:SUCCESS",
                "schedule:SUCCESS", "create:SUCCESS");
        assertThat(ofConsultation.get(0).getString("actorName")).isEqualTo("system");
        assertThat(ofConsultation.get(0).getString("detail")).isEqualTo("OPEN -> CLOSED");
    }

    @Test
    void verificationFindsTheOneRowChangedInTheDatabase() throws Exception {
        Actor supplier = actors.supplierOfNewCompany();
        long product = supplier.api().post("/api/v1/products", Products.complete("Tamper target").build()).locationId();
        supplier.api().post("/api/v1/products/" + product + "/publish", null);
        JsonObject verification = admin.get("/api/v1/admin/audit/verification").json();
        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
        assertThat(verification.getJsonNumber("checkedRecords").longValue()).isPositive();
        assertThat(verification.getString("lastHash")).hasSize(64);

        long sequence = records("objectType=product&objectId=" + product + "&outcome=SUCCESS").get(1)
                .getJsonNumber("sequence").longValue(); // the creation
        try (Connection db = Database.connect()) {
            String original;
            try (PreparedStatement select = db.prepareStatement("SELECT actor_name FROM audit_record WHERE seq = ?")) {
                select.setLong(1, sequence);
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    original = row.getString(1);
                }
            }
            try {
                assertThat(update(db, sequence, "someone-else")).isEqualTo(1);
                JsonObject broken = admin.get("/api/v1/admin/audit/verification").json();
                assertThat(broken.getBoolean("intact")).isFalse();
                assertThat(broken.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(sequence);
                assertThat(broken.getString("problem")).isEqualTo("CHANGED");
                assertThat(records("action=verify&actor=" + Actors.ADMIN_USER).get(0).getString("detail"))
                        .isEqualTo("broken at " + sequence + " (CHANGED)");
            } finally {
                update(db, sequence, original);
            }
        }
        assertThat(admin.get("/api/v1/admin/audit/verification").json().getBoolean("intact")).isTrue();
    }

    static int update(Connection db, long sequence, String actorName) throws Exception {
        try (PreparedStatement update = db.prepareStatement("UPDATE audit_record SET actor_name = ? WHERE seq = ?")) {
            update.setString(1, actorName);
            update.setLong(2, sequence);
            return update.executeUpdate();
        }
    }

    @Test
    void theAuditorsPageShowsRecordsAndTheVerdictToAdministratorsOnly() throws Exception {
        String site = baseUrl.toString().replaceAll("/$", "");
        Actor supplier = actors.supplierOfNewCompany();
        browser = Browser.open();
        Pages pages = new Pages(browser);

        pages.signIn(site, supplier);
        browser.get(site + "/admin/audit.xhtml");
        assertThat(browser.getPageSource()).doesNotContain("id=\"records\"");
        assertThat(records("actor=" + supplier.username() + "&objectType=page").get(0).getString("objectId"))
                .isEqualTo("/admin/audit.xhtml");
        assertThat(actions(records("actor=" + supplier.username() + "&action=sign-in")))
                .contains("sign-in:SUCCESS");

        pages.signIn(site, new Actor(Actors.ADMIN_USER, Actors.ADMIN_PASSWORD, 0, admin));
        browser.get(site + "/admin/audit.xhtml?actor=" + supplier.username());
        String table = browser.findElement(By.id("records")).getText();
        assertThat(table).contains(supplier.username(), "sign-in", "access");
        pages.click("verify");
        assertThat(browser.findElement(By.id("verification")).getText()) // the administrator reads Spanish
                .containsAnyOf("La cadena está íntegra.", "The chain is intact.", "Katea osorik dago.");
        assertThat(browser.findElement(By.id("records")).getText()).contains(supplier.username());
        Browser.screenshot(browser, "audit");
    }

    /**
     * The documented backup and restore (src/main/scripts, docs/reliability.md) on this run's own database, H2 or
     * PostgreSQL, while the server runs: restored into a scratch database, every table has the same number of rows
     * and the audit chain the same head.
     */
    @Test
    void aBackupRestoredIntoAScratchDatabaseHasTheSameRowsAndAuditChainHead() throws Exception {
        actors.supplierOfNewCompany().api().post("/api/v1/products", Products.complete("Backed up " + UUID.randomUUID()).build());
        boolean postgres = "postgresql".equals(System.getProperty("it.db.kind"));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "backup-test");
        for (int attempt = 1; ; attempt++) {
            java.util.Map<String, Long> before = rowCounts(Database.connect());
            String scratch = "berrigune_restore_" + System.nanoTime();
            java.nio.file.Path backup = dir.resolve("backup-" + attempt + (postgres ? ".dump" : ".zip"));
            String liveDb;
            String restoredDb;
            if (postgres) {
                URI url = URI.create(System.getProperty("it.db.url").substring("jdbc:".length()));
                String conninfo = "host=" + url.getHost() + " port=" + url.getPort() + " user=" + System.getProperty("it.db.user");
                liveDb = conninfo + " dbname=" + url.getPath().substring(1);
                restoredDb = conninfo + " dbname=" + scratch;
                try (Connection db = Database.connect()) {
                    db.createStatement().execute("CREATE DATABASE " + scratch);
                }
            } else {
                liveDb = System.getProperty("it.h2.url");
                restoredDb = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(scratch + "/berrigune");
            }
            String backupOutput = script("backup.sh", postgres, liveDb, backup.toString());
            java.util.Map<String, Long> after = rowCounts(Database.connect());
            String restoreOutput = script("restore.sh", postgres, restoredDb, backup.toString());
            java.util.Map<String, Long> restored;
            try (Connection db = postgres
                    ? java.sql.DriverManager.getConnection(System.getProperty("it.db.url").replaceAll("/[^/]+$", "/" + scratch),
                            System.getProperty("it.db.user"), System.getProperty("it.db.password", ""))
                    : java.sql.DriverManager.getConnection(restoredDb + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
                restored = rowCounts(db);
            } finally {
                if (postgres) {
                    try (Connection db = Database.connect()) {
                        db.createStatement().execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
                    }
                }
            }
            if (!before.equals(after) && attempt < 3) {
                continue; // something was written while the backup ran: the snapshot is between the two; try again
            }
            assertThat(restored).as("rows per table after the restore").isEqualTo(after);
            String head = backupOutput.lines().filter(l -> l.startsWith("audit chain head:")).findFirst().orElseThrow();
            assertThat(restoreOutput).contains(head);
            assertThat(head).doesNotContain("last_seq=0 ");
            return;
        }
    }

    /** Rows in every table of the database's public schema; closes the connection. */
    private static java.util.Map<String, Long> rowCounts(Connection db) throws java.sql.SQLException {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        try (db) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet names = db.createStatement().executeQuery("select lower(table_name) from information_schema.tables"
                    + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = db.createStatement().executeQuery("select count(*) from " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Runs one of src/main/scripts; returns its output, failing on a non-zero exit. */
    private static String script(String name, boolean postgres, String db, String file) throws Exception {
        Process process = new ProcessBuilder("bash", "src/main/scripts/" + name, postgres ? "postgresql" : "h2", db, file)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(name + ": " + output).isZero();
        return output;
    }
}
