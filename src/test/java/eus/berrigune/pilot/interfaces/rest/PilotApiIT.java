package eus.berrigune.pilot.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Database;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pilot life cycle of domain.md through the API: every legal step, illegal steps refused with nothing changed,
 * the regulatory gate, who sees what (a second hospital and a second company try to cross), and the outcome becoming
 * verified evidence on the product that links back to the pilot.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PilotApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    Actors actors;
    Actor clinician;
    Actor buyer;
    Actor evaluator;
    Actor supplier;
    Actor otherHospital;
    Actor otherCompany;
    String word;

    @BeforeEach
    void setUp() throws Exception {
        actors = new Actors(baseUrl.toURI());
        clinician = actors.staffOfNewBuyer("CLINICIAN");
        buyer = actors.staffOf(clinician, "BUYER");
        evaluator = actors.staffOf(clinician, "EVALUATOR");
        supplier = actors.supplierOfNewCompany();
        otherHospital = actors.staffOfNewBuyer("BUYER");
        otherCompany = actors.supplierOfNewCompany();
        word = "pl" + new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    @Test
    void aPilotGoesFromRequestToEvidenceAndOnlyTheRightPeopleSeeIt() throws Exception {
        long product = published("Home spirometer " + word, "Z120601");
        long need = need("Z120601");
        JsonObject requested = clinician.api().post("/api/v1/pilots", request(need, product, true)).json();
        long pilot = requested.getJsonNumber("id").longValue();
        assertThat(requested.getString("status")).isEqualTo("REQUESTED");
        assertThat(requested.getJsonArray("gateIssues")).isEmpty();

        // nobody outside the hospital sees it, the company neither before it is invited
        assertThat(otherHospital.api().get("/api/v1/pilots/" + pilot).status()).isEqualTo(404);
        assertThat(supplier.api().get("/api/v1/pilots/" + pilot).status()).isEqualTo(404);
        assertThat(supplier.api().get("/api/v1/pilots").text()).doesNotContain(word);
        assertThat(otherHospital.api().post("/api/v1/pilots/" + pilot + "/triage", null).status()).isEqualTo(404);
        assertThat(Api.anonymous(baseUrl.toURI()).get("/api/v1/pilots/" + pilot).status()).isEqualTo(401);

        // the clinician cannot triage; an illegal step is refused and changes nothing
        assertThat(clinician.api().post("/api/v1/pilots/" + pilot + "/triage", null).status()).isEqualTo(403);
        Api.Response early = buyer.api().post("/api/v1/pilots/" + pilot + "/approval", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("detail")).contains("Nothing was changed");
        assertThat(status(buyer, pilot)).isEqualTo("REQUESTED");

        assertThat(evaluator.api().post("/api/v1/pilots/" + pilot + "/triage", null).status()).isEqualTo(200);
        assertThat(buyer.api().post("/api/v1/pilots/" + pilot + "/approval", null).json().getString("status"))
                .isEqualTo("APPROVED");
        assertThat(supplier.api().get("/api/v1/pilots/" + pilot).status()).isEqualTo(404);
        assertThat(step(buyer, pilot, "invitation", null).getString("status")).isEqualTo("COMPANY_INVITED");

        // the invited company sees it now, without the internal triage; other companies still do not
        JsonObject seen = supplier.api().get("/api/v1/pilots/" + pilot).json();
        assertThat(seen.toString()).doesNotContain("TRIAGE_STARTED").doesNotContain("\"requestedBy\"");
        assertThat(seen.getJsonArray("actions").toString()).contains("ACCEPT", "DECLINE");
        assertThat(otherCompany.api().get("/api/v1/pilots/" + pilot).status()).isEqualTo(404);
        assertThat(otherCompany.api().post("/api/v1/pilots/" + pilot + "/acceptance", null).status()).isEqualTo(404);
        assertThat(supplier.api().get("/api/v1/pilots").text()).contains(word);
        assertThat(supplier.api().get("/api/v1/needs/" + need).status()).isEqualTo(403);

        assertThat(step(supplier, pilot, "acceptance", null).getString("status")).isEqualTo("COMPANY_ACCEPTED");

        // the protocol: proposed by the company, changed by the buyer (the company's agreement lapses), agreed by both
        JsonObject afterProposal = put(supplier, pilot, "protocol", protocol(version(supplier, pilot), false));
        int revision = afterProposal.getJsonObject("protocol").getInt("revision");
        Api.Response noDpia = supplier.api().post("/api/v1/pilots/" + pilot + "/protocol/" + revision + "/agreement", null);
        assertThat(noDpia.status()).isEqualTo(422);
        assertThat(noDpia.text()).contains("dataProtectionDone");
        Api.Response stale = buyer.api().put("/api/v1/pilots/" + pilot + "/protocol", protocol(0, true));
        assertThat(stale.status()).isEqualTo(409);
        JsonObject revised = put(buyer, pilot, "protocol", protocol(version(buyer, pilot), true));
        int agreed = revised.getJsonObject("protocol").getInt("revision");
        assertThat(agreed).isEqualTo(revision + 1);
        assertThat(supplier.api().post("/api/v1/pilots/" + pilot + "/protocol/" + revision + "/agreement", null)
                .status()).isEqualTo(409);
        assertThat(step(supplier, pilot, "protocol/" + agreed + "/agreement", null).getString("status"))
                .isEqualTo("COMPANY_ACCEPTED");
        JsonObject signed = step(buyer, pilot, "protocol/" + agreed + "/agreement", null);
        assertThat(signed.getString("status")).isEqualTo("AGREEMENT_SIGNED");
        assertThat(signed.getJsonObject("buyerAgreement").getString("by")).isNotBlank();
        assertThat(signed.getJsonObject("companyAgreement").getString("at")).isNotBlank();

        assertThat(step(clinician, pilot, "start", null).getString("status")).isEqualTo("RUNNING");
        assertThat(supplier.api().post("/api/v1/pilots/" + pilot + "/withdrawal", reason("late")).status())
                .isEqualTo(403);
        assertThat(buyer.api().post("/api/v1/pilots/" + pilot + "/withdrawal", reason("late")).status())
                .isEqualTo(409);
        step(supplier, pilot, "updates", Json.createObjectBuilder().add("note", "20 devices delivered").build());
        assertThat(step(clinician, pilot, "evaluation", null).getString("status")).isEqualTo("EVALUATION");

        // no sign-off before results; results need one per endpoint
        assertThat(buyer.api().post("/api/v1/pilots/" + pilot + "/sign-off", null).status()).isEqualTo(409);
        assertThat(clinician.api().put("/api/v1/pilots/" + pilot + "/results", results(1)).status()).isEqualTo(422);
        assertThat(buyer.api().put("/api/v1/pilots/" + pilot + "/results", results(2)).status()).isEqualTo(403);
        put(clinician, pilot, "results", results(2));

        // before the sign-off, another company sees no outcome on the product
        assertThat(otherCompany.api().get("/api/v1/products/" + product).text()).doesNotContain("Pilot at");
        assertThat(supplier.api().post("/api/v1/pilots/" + pilot + "/sign-off", null).status()).isEqualTo(403);
        JsonObject completed = step(buyer, pilot, "sign-off", null);
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        long item = completed.getJsonNumber("evidenceItemId").longValue();

        JsonObject publicProduct = Api.anonymous(baseUrl.toURI()).get("/api/v1/products/" + product).json();
        JsonObject evidence = publicProduct.getJsonArray("evidence").stream().map(JsonObject.class::cast)
                .filter(e -> e.getJsonNumber("id").longValue() == item).findFirst().orElseThrow();
        assertThat(evidence.getString("kind")).isEqualTo("REAL_WORLD");
        assertThat(evidence.getString("verification")).isEqualTo("VERIFIED");
        assertThat(evidence.getJsonNumber("pilotId").longValue()).isEqualTo(pilot);
        assertThat(evidence.getString("summary")).contains("FEV1");
        // the need is the hospital's own: its title never reaches the public product (AccessPropertyIT found it)
        assertThat(publicProduct.toString()).doesNotContain("Reingresos " + word);
        assertThat(otherCompany.api().get("/api/v1/needs/" + need + "/pilots").status()).isEqualTo(403);
        assertThat(publicProduct.getString("evidenceLevel")).isEqualTo("COMPARATIVE");
        // the company cannot rewrite or remove the buyer's verified outcome
        assertThat(supplier.api().delete("/api/v1/products/" + product + "/evidence/" + item).status()).isEqualTo(409);

        // the timeline holds every step, oldest first, and the company is told by notification
        List<String> kinds = buyer.api().get("/api/v1/pilots/" + pilot).json().getJsonArray("timeline").stream()
                .map(e -> ((JsonObject) e).getString("kind")).toList();
        assertThat(kinds).startsWith("REQUESTED", "TRIAGE_STARTED", "APPROVED", "COMPANY_INVITED")
                .endsWith("RESULTS_REPORTED", "SIGNED_OFF");
        assertThat(supplier.api().get("/api/v1/notifications").text()).contains("Home spirometer " + word);
        assertThat(clinician.api().get("/api/v1/notifications").text()).contains("signed off");
    }

    @Test
    void theRegulatoryGateBlocksApprovalAndOffersTheClinicalInvestigation() throws Exception {
        long expired = published("Expired monitor " + word, "Z120601");
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement("UPDATE product SET certificate_expiry = ? WHERE id = ?")) {
            s.setObject(1, java.time.LocalDate.now().minusDays(1));
            s.setLong(2, expired);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        long need = need("Z120601");
        long pilot = clinician.api().post("/api/v1/pilots", request(need, expired, true)).locationId();
        step(buyer, pilot, "triage", null);
        JsonObject inTriage = buyer.api().get("/api/v1/pilots/" + pilot).json();
        assertThat(inTriage.getJsonArray("gateIssues").getJsonObject(0).getString("issue"))
                .isEqualTo("CERTIFICATE_EXPIRED");
        Api.Response refused = buyer.api().post("/api/v1/pilots/" + pilot + "/approval", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("clinical investigation");
        assertThat(status(buyer, pilot)).isEqualTo("TRIAGE");
        assertThat(step(buyer, pilot, "clinical-investigation",
                Json.createObjectBuilder().add("note", "Certificate renewal pending").build()).getString("status"))
                .isEqualTo("NEEDS_CLINICAL_INVESTIGATION");

        // off-label: a valid product whose EMDN term is outside the need's, or a use declared outside its purpose
        long offLabel = published("Infusion pump " + word, "Z120602");
        long offPilot = clinician.api().post("/api/v1/pilots", request(need, offLabel, true)).locationId();
        step(evaluator, offPilot, "triage", null);
        assertThat(buyer.api().get("/api/v1/pilots/" + offPilot).json().getJsonArray("gateIssues").toString())
                .contains("OUTSIDE_INTENDED_PURPOSE");
        assertThat(buyer.api().post("/api/v1/pilots/" + offPilot + "/approval", null).status()).isEqualTo(409);
        long valid = published("Valid monitor " + word, "Z120601");
        long declared = clinician.api().post("/api/v1/pilots", request(need, valid, false)).locationId();
        step(evaluator, declared, "triage", null);
        assertThat(buyer.api().post("/api/v1/pilots/" + declared + "/approval", null).status()).isEqualTo(409);

        // rejection and withdrawal need a reason; a final state allows nothing more
        assertThat(buyer.api().post("/api/v1/pilots/" + declared + "/rejection", reason(" ")).status()).isEqualTo(422);
        assertThat(step(buyer, declared, "rejection", reason("Off-label use")).getString("status")).isEqualTo("REJECTED");
        assertThat(clinician.api().post("/api/v1/pilots/" + declared + "/withdrawal", reason("x")).status())
                .isEqualTo(409);
        long later = clinician.api().post("/api/v1/pilots", request(need, valid, true)).locationId();
        assertThat(step(clinician, later, "withdrawal", reason("Budget moved")).getString("status"))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void aRequestNeedsTheOrganisationsOwnNeedAndAPublishedProductAndAskingTheMarketMakesADraftConsultation()
            throws Exception {
        long product = published("Pulse oximeter " + word, "Z120601");
        long need = need("Z120601");
        long foreignNeed = otherHospital.api().post("/api/v1/needs", Json.createObjectBuilder()
                .add("title", "Other " + word).add("problem", "p").build()).locationId();
        assertThat(clinician.api().post("/api/v1/pilots", request(foreignNeed, product, true)).status()).isEqualTo(422);
        long draft = supplier.api().post("/api/v1/products", Products.complete("Draft " + word).build()).locationId();
        assertThat(clinician.api().post("/api/v1/pilots", request(need, draft, true)).status()).isEqualTo(422);
        assertThat(supplier.api().post("/api/v1/pilots", request(need, product, true)).status()).isEqualTo(403);
        assertThat(clinician.api().post("/api/v1/pilots", Json.createObjectBuilder().add("needId", need)
                .add("productId", product).build()).status()).isEqualTo(422);

        // the clinician knows no product: asks the procurement officers, who are told
        assertThat(otherHospital.api().post("/api/v1/needs/" + need + "/market-request", null).status()).isEqualTo(404);
        assertThat(clinician.api().post("/api/v1/needs/" + need + "/market-request", null).json()
                .getString("marketRequestedAt")).isNotBlank();
        assertThat(clinician.api().post("/api/v1/needs/" + need + "/market-request", null).status()).isEqualTo(409);
        assertThat(buyer.api().get("/api/v1/notifications").text()).contains("Reingresos " + word);

        assertThat(clinician.api().post("/api/v1/needs/" + need + "/consultation", null).status()).isEqualTo(403);
        Api.Response asked = buyer.api().post("/api/v1/needs/" + need + "/consultation", null);
        assertThat(asked.status()).isEqualTo(201);
        JsonObject consultation = buyer.api().get(asked.header("Location").replaceFirst("^.*/api/v1", "/api/v1"))
                .json();
        assertThat(consultation.getString("status")).isEqualTo("DRAFT");
        assertThat(consultation.toString()).contains("Reingresos " + word, "Z120601");
        assertThat(buyer.api().post("/api/v1/needs/" + need + "/consultation", null).status()).isEqualTo(409);
        assertThat(otherHospital.api().post("/api/v1/needs/" + need + "/consultation", null).status()).isEqualTo(404);
    }

    private long published(String name, String emdn) {
        long id = supplier.api().post("/api/v1/products", Products.complete(name).add("emdnCode", emdn).build())
                .locationId();
        assertThat(supplier.api().post("/api/v1/products/" + id + "/publish", null).status()).isEqualTo(200);
        return id;
    }

    private long need(String emdn) {
        return clinician.api().post("/api/v1/needs", Json.createObjectBuilder()
                .add("title", "Reingresos " + word)
                .add("problem", "Los pacientes con EPOC reingresan.")
                .add("hospital", "Hospital Universitario Cruces")
                .add("emdnCodes", Json.createArrayBuilder().add(emdn))
                .build()).locationId();
    }

    private static JsonObject request(long need, long product, boolean withinPurpose) {
        return Json.createObjectBuilder().add("needId", need).add("productId", product)
                .add("intendedUse", "Daily home spirometry for 40 COPD patients after discharge")
                .add("withinIntendedPurpose", withinPurpose).build();
    }

    private static JsonObject protocol(long version, boolean dpia) {
        return Json.createObjectBuilder().add("version", version)
                .add("endpoints", "30-day readmissions fall by 20 %\nFEV1 recorded on 80 % of days")
                .add("durationWeeks", 12).add("sites", "Cruces pneumology")
                .add("stopCriteria", "Any serious adverse device effect").add("costs", "Devices on free loan")
                .add("dataProtectionDone", dpia).build();
    }

    private static JsonObject results(int count) {
        var results = Json.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            results.add(Json.createObjectBuilder().add("met", i == 0).add("finding", "FEV1 finding " + i));
        }
        return Json.createObjectBuilder().add("results", results).add("summary", "Readmissions fell; FEV1 adherence 72 %")
                .add("participants", 38).build();
    }

    private static JsonObject reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    private static JsonObject step(Actor actor, long pilot, String step, JsonObject body) {
        Api.Response r = actor.api().post("/api/v1/pilots/" + pilot + "/" + step, body);
        assertThat(r.status()).as(step + ": " + r.text()).isEqualTo(200);
        return r.json();
    }

    private static JsonObject put(Actor actor, long pilot, String step, JsonObject body) {
        Api.Response r = actor.api().put("/api/v1/pilots/" + pilot + "/" + step, body);
        assertThat(r.status()).as(step + ": " + r.text()).isEqualTo(200);
        return r.json();
    }

    private static String status(Actor actor, long pilot) {
        return actor.api().get("/api/v1/pilots/" + pilot).json().getString("status");
    }

    private static long version(Actor actor, long pilot) {
        return actor.api().get("/api/v1/pilots/" + pilot).json().getJsonNumber("version").longValue();
    }
}
