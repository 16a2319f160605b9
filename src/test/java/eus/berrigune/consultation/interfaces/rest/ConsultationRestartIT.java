package eus.berrigune.consultation.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Database;
import eus.berrigune.testdata.Deployments;
import jakarta.json.Json;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clock-driven transitions survive a restart: a consultation whose start (and another whose deadline) passed while
 * the application was down is open (closed) as soon as the application is back, before anybody asks for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationRestartIT {

    static final String APP = "consultation-restart";

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void startsAndDeadlinesPassedWhileDownAreAppliedAtStart() throws Exception {
        URI base = URI.create("http://localhost:" + System.getProperty("it.http.port", "9180") + "/");
        deployer.deploy(APP);
        try {
            Actors actors = new Actors(base);
            Actor buyer = actors.staffOfNewBuyer("BUYER");
            long opening = scheduled(buyer, "Opening while down");
            long closing = scheduled(buyer, "Closing while down");
            assertThat(status(opening)).isEqualTo("SCHEDULED");

            deployer.undeploy(APP);
            Instant now = Instant.now();
            try (Connection db = Database.connect()) {
                times(db, opening, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(5)));
                times(db, closing, now.minus(Duration.ofDays(5)), now.minus(Duration.ofMinutes(5)));
            }
            deployer.deploy(APP);

            // read straight from the database: nobody has asked the application about these consultations
            assertThat(status(opening)).isEqualTo("OPEN");
            assertThat(status(closing)).isEqualTo("CLOSED");
        } finally {
            deployer.undeploy(APP);
        }
    }

    static long scheduled(Actor buyer, String title) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(2));
        long id = buyer.api().post("/api/v1/consultations", Json.createObjectBuilder()
                .add("texts", Json.createObjectBuilder().add("es", Json.createObjectBuilder()
                        .add("title", title).add("description", "Descripción").add("participation", "Cuestionario")))
                .add("emdnCodes", Json.createArrayBuilder().add("Z12"))
                .add("startAt", start.toString())
                .add("deadline", start.plus(Duration.ofDays(1)).toString())
                .add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kind", "TEXT").add("text", "¿Qué ofrece?")))
                .build()).locationId();
        assertThat(buyer.api().post("/api/v1/consultations/" + id + "/schedule", null).status()).isEqualTo(200);
        return id;
    }

    static void times(Connection db, long id, Instant start, Instant deadline) throws Exception {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE consultation SET start_at = ?, deadline = ? WHERE id = ?")) {
            update.setObject(1, start.atOffset(ZoneOffset.UTC));
            update.setObject(2, deadline.atOffset(ZoneOffset.UTC));
            update.setLong(3, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    static String status(long id) throws Exception {
        try (Connection db = Database.connect();
                PreparedStatement query = db.prepareStatement("SELECT status FROM consultation WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
