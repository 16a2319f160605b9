package eus.berrigune.consultation.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Database;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * A consultation from draft to closing, with two competing companies: the life cycle and its clock, sealed answers,
 * clarifications that never name who asked, and nothing accepted after the deadline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withShiftedClock();
    }

    @ArquillianResource
    URL baseUrl;

    Actors actors;
    Actor buyer;
    Actor clinician;
    Actor otherHospital;
    Actor companyA;
    Actor companyB;
    Api anonymous;
    String word;
    Instant start;

    @BeforeEach
    void arrange() throws Exception {
        URI base = baseUrl.toURI();
        actors = new Actors(base);
        buyer = actors.staffOfNewBuyer("BUYER");
        clinician = actors.staffOf(buyer, "CLINICIAN");
        otherHospital = actors.staffOfNewBuyer("BUYER");
        companyA = actors.supplierOfNewCompany();
        companyB = actors.supplierOfNewCompany();
        anonymous = Api.anonymous(base);
        word = "cq" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
        shift(0);
    }

    @AfterEach
    void resetClock() {
        shift(0);
    }

    void shift(long seconds) {
        assertThat(anonymous.put("/api/v1/test/clock/" + seconds, Json.createObjectBuilder().build()).status()).isEqualTo(200);
    }

    JsonObjectBuilder draft() {
        return Json.createObjectBuilder()
                .add("kind", "OPEN")
                .add("texts", Json.createObjectBuilder()
                        .add("es", Json.createObjectBuilder()
                                .add("title", "Monitorización domiciliaria " + word)
                                .add("description", "Buscamos soluciones de telemonitorización.")
                                .add("need", "Reducir reingresos por insuficiencia cardiaca.")
                                .add("participation", "Responda al cuestionario en Berrigune.")))
                .add("emdnCodes", Json.createArrayBuilder().add("Z12"))
                .add("startAt", start.toString())
                .add("deadline", start.plus(Duration.ofHours(24)).toString())
                .add("advisers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Dra. Ane Etxeberria").add("affiliation", "Cardiología")
                        .add("reason", "Experta en insuficiencia cardiaca")))
                .add("questions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "TEXT").add("text", "Describa su solución").add("required", true))
                        .add(Json.createObjectBuilder().add("kind", "YES_NO").add("text", "¿Marcado CE?").add("required", true))
                        .add(Json.createObjectBuilder().add("kind", "NUMBER").add("text", "Precio por paciente").add("unit", "EUR"))
                        .add(Json.createObjectBuilder().add("kind", "SINGLE_CHOICE").add("text", "Modalidad")
                                .add("options", Json.createArrayBuilder().add("Compra").add("Servicio"))));
    }

    JsonObject answer(JsonObject consultation, String text, boolean confidentialPrice) {
        JsonArray questions = consultation.getJsonArray("questions");
        return Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("questionId", id(questions.getJsonObject(0))).add("text", text))
                        .add(Json.createObjectBuilder().add("questionId", id(questions.getJsonObject(1))).add("yesNo", true))
                        .add(Json.createObjectBuilder().add("questionId", id(questions.getJsonObject(2))).add("number", 42.5)
                                .add("confidential", confidentialPrice))
                        .add(Json.createObjectBuilder().add("questionId", id(questions.getJsonObject(3)))
                                .add("choices", Json.createArrayBuilder().add("Servicio"))))
                .build();
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    @Test
    void fromDraftToClosingWithTwoCompetingCompanies() throws Exception {
        long productOfA = Products.published(companyA, "Telemonitor " + word);
        long id = buyer.api().post("/api/v1/consultations", draft().build()).locationId();
        String path = "/api/v1/consultations/" + id;

        // a draft is the buying team's only
        for (Api outsider : new Api[] {anonymous, companyA.api(), otherHospital.api(), clinician.api()}) {
            assertThat(outsider.get(path).status()).isEqualTo(404);
        }
        assertThat(anonymous.get("/api/v1/consultations").text()).doesNotContain(word);
        assertThat(companyA.api().post(path + "/schedule", null).status()).isEqualTo(404);

        // scheduling announces it and invites the companies with products under its EMDN codes
        JsonObject scheduled = buyer.api().post(path + "/schedule", null).json();
        assertThat(scheduled.getString("status")).isEqualTo("SCHEDULED");
        assertThat(anonymous.get(path).json().getJsonObject("texts").getJsonObject("es").getString("title"))
                .isEqualTo("Monitorización domiciliaria " + word);
        assertThat(anonymous.get(path).json().containsKey("submittedAnswers")).isFalse(); // the buying team only
        assertThat(companyA.api().get("/api/v1/notifications").text()).contains("Monitorización domiciliaria " + word);
        assertThat(companyB.api().get("/api/v1/notifications").text()).doesNotContain(word);
        assertThat(buyer.api().put(path, draft().add("version", scheduled.getJsonNumber("version").longValue()).build())
                .status()).isEqualTo(409);
        assertThat(companyA.api().put(path + "/answers/mine", answer(scheduled, "Too early", false)).status()).isEqualTo(409);

        // the clock opens it, without anybody clicking
        shift(3600);
        assertThat(anonymous.post("/api/v1/test/clock/tick", null).json().getInt("moved")).isPositive();
        assertThat(statusInDatabase(id)).isEqualTo("OPEN");
        JsonObject open = companyA.api().get(path).json();
        assertThat(open.getString("status")).isEqualTo("OPEN");
        assertThat(open.getBoolean("mayTakePart")).isTrue();

        // clarifications: answered to everybody at once, never naming who asked
        long fromA = companyA.api().post(path + "/clarifications",
                Json.createObjectBuilder().add("question", "¿Puede Bihotz-A integrarse con Osabide?").build()).locationId();
        long fromB = companyB.api().post(path + "/clarifications",
                Json.createObjectBuilder().add("question", "¿Integración con la historia clínica?").build()).locationId();
        JsonArray seenByBuyer = buyer.api().get(path + "/clarifications").jsonArray();
        assertThat(seenByBuyer).hasSize(2);
        assertThat(seenByBuyer.toString()).doesNotContain(String.valueOf(companyA.organisationId()))
                .doesNotContain(String.valueOf(companyB.organisationId()));
        assertThat(companyB.api().get(path + "/clarifications").text()).doesNotContain("Bihotz-A");
        assertThat(anonymous.get(path + "/clarifications").jsonArray()).isEmpty();
        assertThat(companyA.api().post(path + "/clarifications/" + fromA + "/publish", Json.createObjectBuilder()
                .add("publicQuestion", "x").add("answer", "y").build()).status()).isEqualTo(403);
        buyer.api().post(path + "/clarifications/" + fromA + "/publish", Json.createObjectBuilder()
                .add("publicQuestion", "¿Debe la solución integrarse con la historia clínica electrónica?")
                .add("answer", "Sí, mediante HL7 FHIR.")
                .add("duplicates", Json.createArrayBuilder().add(fromB)).build());
        String publicView = anonymous.get(path + "/clarifications").text();
        assertThat(publicView).contains("HL7 FHIR").doesNotContain("Bihotz-A").doesNotContain("Osabide")
                .doesNotContain("\"asked\":true");
        assertThat(companyB.api().get(path + "/clarifications").text()).contains("HL7 FHIR").doesNotContain("Osabide");
        assertThat(companyB.api().get("/api/v1/notifications").text()).contains(word);

        // answers: drafts, confidential parts, replaced submissions; sealed for the buyer until the deadline
        assertThat(companyA.api().put(path + "/answers/mine", Json.createObjectBuilder(answer(open, "Plan A", true))
                .add("productIds", Json.createArrayBuilder().add(productOfA)).build()).status()).isEqualTo(200);
        assertThat(companyA.api().post(path + "/answers/mine/submit", null).json().getString("status")).isEqualTo("SUBMITTED");
        companyB.api().put(path + "/answers/mine", answer(open, "Plan B, first", false));
        companyB.api().post(path + "/answers/mine/submit", null);
        companyB.api().put(path + "/answers/mine", answer(open, "Plan B, unsent edit", false));
        assertThat(companyB.api().get(path + "/answers/mine").json().getBoolean("unsubmittedChanges")).isTrue();
        assertThat(companyB.api().put(path + "/answers/mine", Json.createObjectBuilder(answer(open, "x", false))
                .add("productIds", Json.createArrayBuilder().add(productOfA)).build()).status()).isEqualTo(422);

        JsonObject sealed = buyer.api().get(path + "/answers").json();
        assertThat(sealed.getBoolean("sealed")).isTrue();
        assertThat(sealed.getInt("submitted")).isEqualTo(2);
        assertThat(sealed.getJsonArray("answers")).isEmpty();
        assertThat(companyB.api().get(path + "/answers").status()).isEqualTo(403);
        assertThat(companyB.api().get(path + "/answers/mine").text()).doesNotContain("Plan A");
        assertThat(clinician.api().get(path + "/answers").status()).isEqualTo(403);
        assertThat(otherHospital.api().get(path + "/answers").status()).isEqualTo(403);

        // the deadline second: nothing is accepted any more, and nothing changes
        shift(3600 + 24 * 3600);
        Api.Response late = companyA.api().post(path + "/answers/mine/submit", null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("deadline");
        assertThat(companyA.api().put(path + "/answers/mine", answer(open, "Late plan", false)).status()).isEqualTo(409);
        assertThat(companyB.api().post(path + "/clarifications",
                Json.createObjectBuilder().add("question", "Late?").build()).status()).isEqualTo(409);

        JsonObject unsealed = buyer.api().get(path + "/answers").json();
        assertThat(unsealed.getBoolean("sealed")).isFalse();
        assertThat(unsealed.getJsonArray("answers")).hasSize(2);
        String answers = unsealed.toString();
        assertThat(answers).contains("Plan A", "Plan B, first", "\"confidential\":true")
                .doesNotContain("unsent edit").doesNotContain("Late plan");
        assertThat(buyer.api().get(path).json().getString("status")).isEqualTo("CLOSED");

        // cancelling is possible until the report, once, with a reason
        assertThat(buyer.api().post(path + "/cancel", Json.createObjectBuilder().build()).status()).isEqualTo(422);
        assertThat(buyer.api().post(path + "/cancel", Json.createObjectBuilder().add("reason", "Presupuesto retirado").build())
                .json().getString("status")).isEqualTo("CANCELLED");
        assertThat(buyer.api().post(path + "/cancel", Json.createObjectBuilder().add("reason", "Again").build()).status())
                .isEqualTo(409);
    }

    @Test
    void anIncompleteDraftCannotBeScheduledAndBadInputChangesNothing() {
        JsonObject incomplete = Json.createObjectBuilder()
                .add("texts", Json.createObjectBuilder().add("eu", Json.createObjectBuilder().add("title", "Zirriborroa " + word)))
                .build();
        long id = buyer.api().post("/api/v1/consultations", incomplete).locationId();
        Api.Response refused = buyer.api().post("/api/v1/consultations/" + id + "/schedule", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("emdnCodes", "questions", "startAt");
        assertThat(buyer.api().get("/api/v1/consultations/" + id).json().getString("status")).isEqualTo("DRAFT");
        assertThat(buyer.api().post("/api/v1/consultations/" + id + "/cancel",
                Json.createObjectBuilder().add("reason", "Abandoned").build()).status()).isEqualTo(409);
        assertThat(anonymous.get("/api/v1/consultations/" + id).status()).isEqualTo(404);
        assertThat(buyer.api().post("/api/v1/consultations", draft().add("invitedCompanyIds",
                Json.createArrayBuilder().addNull()).build()).status()).isEqualTo(422);
        assertThat(buyer.api().post("/api/v1/consultations", draft().add("questions",
                Json.createArrayBuilder().addNull()).build()).status()).isEqualTo(422);

        JsonObject backwards = draft().add("deadline", start.minusSeconds(60).toString()).build();
        assertThat(buyer.api().post("/api/v1/consultations", backwards).status()).isEqualTo(422);
        JsonObject badChoice = draft().add("questions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("kind", "SINGLE_CHOICE").add("text", "Only one option").add("options", Json.createArrayBuilder().add("A"))))
                .build();
        assertThat(buyer.api().post("/api/v1/consultations", badChoice).status()).isEqualTo(422);
        assertThat(buyer.api().post("/api/v1/consultations", draft().add("emdnCodes", Json.createArrayBuilder().add("Z99999")).build())
                .status()).isEqualTo(422);
        assertThat(companyA.api().post("/api/v1/consultations", draft().build()).status()).isEqualTo(403);
        assertThat(clinician.api().post("/api/v1/consultations", draft().build()).status()).isEqualTo(403);

        long stale = id;
        JsonObject current = buyer.api().get("/api/v1/consultations/" + stale).json();
        long version = current.getJsonNumber("version").longValue();
        assertThat(buyer.api().put("/api/v1/consultations/" + stale, draft().add("version", version).build()).status())
                .isEqualTo(200);
        assertThat(buyer.api().put("/api/v1/consultations/" + stale, draft().add("version", version).build()).status())
                .isEqualTo(409);
    }

    @Test
    void aSelectedParticipantsConsultationAdmitsOnlyTheSelectedCompanies() {
        long id = buyer.api().post("/api/v1/consultations", draft().add("kind", "SELECTED")
                .add("invitedCompanyIds", Json.createArrayBuilder().add(companyA.organisationId())).build()).locationId();
        String path = "/api/v1/consultations/" + id;
        buyer.api().post(path + "/schedule", null);
        assertThat(companyA.api().get("/api/v1/notifications").text()).contains(word);
        assertThat(companyB.api().get(path).json().getJsonArray("invitedCompanyIds")).isEmpty();
        shift(3600);
        JsonObject open = companyA.api().get(path).json();
        assertThat(open.getBoolean("mayTakePart")).isTrue();
        assertThat(companyB.api().get(path).json().getBoolean("mayTakePart")).isFalse();
        assertThat(companyB.api().put(path + "/answers/mine", answer(open, "Not invited", false)).status()).isEqualTo(403);
        assertThat(companyA.api().put(path + "/answers/mine", answer(open, "Invited", false)).status()).isEqualTo(200);
    }

    @Test
    void theReportIsWrittenFromTheRecordAndPublishedWithoutConfidentialContent() throws Exception {
        long id = buyer.api().post("/api/v1/consultations", draft().build()).locationId();
        String path = "/api/v1/consultations/" + id;
        buyer.api().post(path + "/schedule", null);
        shift(3600);
        JsonObject open = companyA.api().get(path).json();
        companyA.api().put(path + "/answers/mine", answer(open, "Secret plan of A " + word, true));
        companyA.api().post(path + "/answers/mine/submit", null);
        companyB.api().put(path + "/answers/mine", answer(open, "Plan of B " + word, false));
        companyB.api().post(path + "/answers/mine/submit", null);
        Actor companyC = actors.supplierOfNewCompany();
        companyC.api().put(path + "/answers/mine", answer(open, "Plan of C " + word, false));
        companyC.api().post(path + "/answers/mine/submit", null);
        assertThat(buyer.api().get(path + "/report").status()).isEqualTo(409); // not closed yet
        assertThat(anonymous.get(path + "/report").status()).isEqualTo(404);

        shift(3600 + 24 * 3600);
        JsonObject draftReport = buyer.api().get(path + "/report", "es").json();
        String summary = draftReport.getJsonObject("texts").getJsonObject("es").getString("answersSummary");
        // counts per option only from three respondents on, and never of parts marked confidential
        assertThat(summary).contains("3 empresas enviaron una respuesta", "Sí: 3; No: 0", "Servicio: 3",
                "No se cuenta 1 respuesta marcada como confidencial");
        assertThat(draftReport.toString()).doesNotContain("Secret plan").doesNotContain("Plan of B");
        assertThat(draftReport.getJsonArray("entitiesConsulted")).hasSize(3);
        assertThat(anonymous.get(path + "/report").status()).isEqualTo(404);
        assertThat(companyA.api().get(path + "/report").status()).isEqualTo(404);

        long version = draftReport.getJsonNumber("version").longValue();
        JsonObject onlySpanish = Json.createObjectBuilder().add("version", version).add("texts", Json.createObjectBuilder()
                .add("es", Json.createObjectBuilder().add("answersSummary", summary)
                        .add("conclusions", "La licitación pedirá integración HL7 FHIR."))).build();
        JsonObject saved = buyer.api().put(path + "/report", onlySpanish).json();
        Api.Response incomplete = buyer.api().post(path + "/report/publish", null);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.text()).contains("texts.eu");
        JsonObject both = Json.createObjectBuilder().add("version", saved.getJsonNumber("version").longValue())
                .add("texts", Json.createObjectBuilder()
                        .add("es", Json.createObjectBuilder().add("answersSummary", summary)
                                .add("conclusions", "La licitación pedirá integración HL7 FHIR."))
                        .add("eu", Json.createObjectBuilder().add("answersSummary", "Hiru enpresek erantzun zuten.")
                                .add("conclusions", "Lizitazioak HL7 FHIR integrazioa eskatuko du."))).build();
        assertThat(companyA.api().put(path + "/report", both).status()).isEqualTo(403);
        buyer.api().put(path + "/report", both);
        assertThat(buyer.api().post(path + "/report/publish", null).status()).isEqualTo(200);
        assertThat(buyer.api().get(path).json().getString("status")).isEqualTo("REPORT_PUBLISHED");
        assertThat(buyer.api().post(path + "/cancel", Json.createObjectBuilder().add("reason", "Too late").build()).status())
                .isEqualTo(409);
        assertThat(buyer.api().put(path + "/report", both).status()).isEqualTo(409);

        JsonObject published = anonymous.get(path + "/report", "eu").json();
        assertThat(published.getJsonObject("text").getString("conclusions")).contains("HL7 FHIR integrazioa");
        assertThat(published.containsKey("texts") && !published.getJsonObject("texts").isEmpty()).isFalse();
        assertThat(anonymous.get("/consultations/report.xhtml?id=" + id).text())
                .contains("Conclusions and how they will shape the tender").doesNotContain("Secret plan");

        Api.Response pdf = anonymous.get("/consultations/report.pdf?id=" + id + "&language=es");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Informe de actuaciones realizadas", "Entidades consultadas",
                    "Conclusiones", "HL7 FHIR", "Dra. Ane Etxeberria")
                    .doesNotContain("Secret plan").doesNotContain("Plan of B");
        }
        try (org.apache.pdfbox.pdmodel.PDDocument basque = org.apache.pdfbox.Loader.loadPDF(
                anonymous.get("/consultations/report.pdf?id=" + id + "&language=eu").bytes())) {
            assertThat(basque.getDocumentCatalog().getLanguage()).isEqualTo("eu");
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(basque))
                    .contains("Egindako jardueren txostena", "Lizitazioak HL7 FHIR integrazioa eskatuko du");
        }
        assertThat(anonymous.get("/consultations/report.pdf?id=" + (id + 100000)).status()).isEqualTo(404);
    }

    @Test
    void oneToOneMeetingsAreOfferedToAllOnEqualTermsAndTheirMinutesNameNobody() {
        Products.published(companyA, "Telemonitor A " + word);
        Products.published(companyB, "Telemonitor B " + word);
        long id = buyer.api().post("/api/v1/consultations", draft().build()).locationId();
        String path = "/api/v1/consultations/" + id;
        buyer.api().post(path + "/schedule", null);
        Instant slotStart = start.plus(Duration.ofHours(2));
        JsonArray offered = buyer.api().post(path + "/sessions", Json.createObjectBuilder().add("kind", "ONE_TO_ONE")
                .add("startsAt", slotStart.toString()).add("durationMinutes", 30).add("slots", 2)
                .add("location", "Sala 3, Hospital").build()).jsonArray();
        assertThat(offered).hasSize(2);
        assertThat(companyA.api().get("/api/v1/notifications").text()).contains("One-to-one meetings are offered");
        assertThat(companyB.api().get("/api/v1/notifications").text()).contains("One-to-one meetings are offered");
        assertThat(companyA.api().post(path + "/sessions", Json.createObjectBuilder().add("kind", "INFORMATION")
                .add("startsAt", slotStart.toString()).add("durationMinutes", 30).add("location", "x").build()).status())
                .isEqualTo(403);
        assertThat(buyer.api().post(path + "/sessions", Json.createObjectBuilder().add("kind", "INFORMATION")
                .add("startsAt", start.plus(Duration.ofDays(30)).toString()).add("durationMinutes", 30).add("location", "x")
                .build()).status()).isEqualTo(422); // after the deadline

        long first = id(offered.getJsonObject(0));
        long second = id(offered.getJsonObject(1));
        assertThat(companyA.api().post(path + "/sessions/" + first + "/booking", null).status()).isEqualTo(200);
        assertThat(companyA.api().post(path + "/sessions/" + second + "/booking", null).status()).isEqualTo(409);
        assertThat(companyB.api().post(path + "/sessions/" + first + "/booking", null).status()).isEqualTo(409);
        assertThat(companyB.api().post(path + "/sessions/" + second + "/booking", null).status()).isEqualTo(200);
        String seenByB = companyB.api().get(path + "/sessions").text();
        assertThat(seenByB).doesNotContain("Test Company").contains("\"bookedByYou\":true");
        assertThat(anonymous.get(path + "/sessions").text()).doesNotContain("Test Company").contains("\"booked\":true")
                .doesNotContain("Sala 3");
        assertThat(seenByB).contains("Sala 3");
        assertThat(buyer.api().get(path + "/sessions").text()).contains("Test Company");

        assertThat(buyer.api().put(path + "/sessions/" + first + "/minutes",
                Json.createObjectBuilder().add("minutes", "Too early").build()).status()).isEqualTo(409);
        shift(3 * 3600);
        assertThat(buyer.api().put(path + "/sessions/" + first + "/minutes",
                Json.createObjectBuilder().add("minutes", "Se explicó el circuito de datos clínicos.").build()).status())
                .isEqualTo(200);
        assertThat(anonymous.get(path + "/sessions").text()).contains("circuito de datos clínicos");
        assertThat(companyA.api().delete(path + "/sessions/" + first + "/booking").status()).isEqualTo(409); // held

        // cancelling the consultation cancels what is still scheduled and tells who booked it; no more bookings
        buyer.api().post(path + "/cancel", Json.createObjectBuilder().add("reason", "Sin presupuesto").build());
        assertThat(buyer.api().get(path + "/sessions").jsonArray().getJsonObject(1).getString("status")).isEqualTo("CANCELLED");
        assertThat(companyB.api().get("/api/v1/notifications").text()).contains("has been cancelled");
        assertThat(companyB.api().post(path + "/sessions/" + second + "/booking", null).status()).isEqualTo(409);
    }

    @Test
    void noticeDocumentsArePublicWithTheNoticeAndAnswerFilesAreSealedLikeTheAnswer() {
        JsonObject withFileQuestion = draft().add("questions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "FILE").add("text", "Adjunte la ficha técnica").add("required", true)))
                .build();
        long id = buyer.api().post("/api/v1/consultations", withFileQuestion).locationId();
        String path = "/api/v1/consultations/" + id;
        Api.Response attached = buyer.api().postRaw(path + "/documents?fileName=pliego.pdf", "application/pdf",
                Products.pdf("Pliego " + word));
        assertThat(attached.status()).isEqualTo(201);
        String noticeDocument = java.net.URI.create(attached.header("Location")).getPath();
        assertThat(anonymous.get(noticeDocument).status()).isEqualTo(404); // the draft is not public
        assertThat(buyer.api().postRaw(path + "/documents?fileName=x.pdf", "application/pdf",
                "not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(422);
        buyer.api().post(path + "/schedule", null);
        assertThat(anonymous.get(noticeDocument).status()).isEqualTo(200);
        assertThat(anonymous.get(path + "/documents").text()).contains("pliego.pdf");
        assertThat(buyer.api().postRaw(path + "/documents?fileName=late.pdf", "application/pdf",
                Products.pdf("Late")).status()).isEqualTo(409);

        shift(3600);
        JsonObject open = companyA.api().get(path).json();
        long question = id(open.getJsonArray("questions").getJsonObject(0));
        assertThat(companyA.api().postRaw(path + "/answers/mine/files?questionId=" + question + "&fileName=ficha.pdf",
                "application/pdf", Products.pdf("Ficha A " + word)).status()).isEqualTo(201);
        long fileOfA = companyA.api().postRaw(path + "/answers/mine/files?questionId=" + question + "&fileName=ficha.pdf",
                "application/pdf", Products.pdf("Ficha A2 " + word)).json().getJsonNumber("documentId").longValue();
        JsonObject answerWithFile = Json.createObjectBuilder().add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("questionId", question).add("documentId", fileOfA).add("confidential", true)))
                .build();
        assertThat(companyA.api().put(path + "/answers/mine", answerWithFile).status()).isEqualTo(200);
        assertThat(companyA.api().post(path + "/answers/mine/submit", null).status()).isEqualTo(200);
        String download = "/api/v1/consultations/documents/" + fileOfA;
        assertThat(companyA.api().get(download).status()).isEqualTo(200);
        assertThat(companyB.api().put(path + "/answers/mine", answerWithFile).status()).isEqualTo(422); // not B's file
        assertThat(companyB.api().get(download).status()).isEqualTo(404);
        assertThat(buyer.api().get(download).status()).isEqualTo(404); // sealed until the deadline
        assertThat(anonymous.get(download).status()).isEqualTo(404);

        shift(3600 + 24 * 3600);
        assertThat(buyer.api().get(download).status()).isEqualTo(200);
        assertThat(buyer.api().get(download).header("Content-Type")).startsWith("application/pdf");
        assertThat(otherHospital.api().get(download).status()).isEqualTo(404);
        assertThat(companyA.api().postRaw(path + "/answers/mine/files?questionId=" + question + "&fileName=late.pdf",
                "application/pdf", Products.pdf("Late")).status()).isEqualTo(409);
    }

    static String statusInDatabase(long id) throws Exception {
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
