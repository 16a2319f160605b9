package eus.berrigune.consultation.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.OpenDataSchemas;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The open-data exports of a consultation that two competing companies took part in: both validate against the
 * official schemas (OCDS 1.1.5 with the enquiries extension, eForms SDK 1.13), carry the published clarification in
 * its public wording, and never a company that asked or answered, nor a question as it was asked, nor an answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withShiftedClock();
    }

    @ArquillianResource
    URL baseUrl;

    Actors actors;
    Actor buyer;
    Actor companyA;
    Actor companyB;
    String nameA;
    String nameB;
    Api anonymous;
    String word;
    Instant start;

    @BeforeEach
    void arrange() throws Exception {
        URI base = baseUrl.toURI();
        actors = new Actors(base);
        buyer = actors.staffOfNewBuyer("BUYER");
        word = "od" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        nameA = "Bihotz Rival A " + word;
        nameB = "Ekhi Rival B " + word;
        companyA = actors.user(actors.organisation("COMPANY", nameA), "SUPPLIER");
        companyB = actors.user(actors.organisation("COMPANY", nameB), "SUPPLIER");
        anonymous = Api.anonymous(base);
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

    JsonObject draft() {
        return Json.createObjectBuilder()
                .add("kind", "OPEN")
                .add("texts", Json.createObjectBuilder()
                        .add("es", Json.createObjectBuilder()
                                .add("title", "Monitorización <domiciliaria> & " + word)
                                .add("description", "Buscamos soluciones de telemonitorización.")
                                .add("need", "Reducir reingresos por insuficiencia cardiaca.")
                                .add("participation", "Responda al cuestionario en Berrigune."))
                        .add("eu", Json.createObjectBuilder()
                                .add("title", "Etxeko monitorizazioa " + word)
                                .add("description", "Telemonitorizazio irtenbideak bilatzen ditugu.")
                                .add("participation", "Erantzun galdetegiari Berrigunen."))
                        .add("en", Json.createObjectBuilder()
                                .add("title", "Home monitoring " + word)
                                .add("description", "We look for remote monitoring solutions.")
                                .add("participation", "Answer the questionnaire in Berrigune.")))
                .add("emdnCodes", Json.createArrayBuilder().add("Z12"))
                .add("cpvCodes", Json.createArrayBuilder().add("33195100-4"))
                .add("startAt", start.toString())
                .add("deadline", start.plus(Duration.ofHours(24)).toString())
                .add("questions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "TEXT").add("text", "Describa su solución").add("required", true)))
                .build();
    }

    @Test
    void theExportsValidateAndNeverNameTheCompaniesNorCarryWhatIsNotPublished() throws Exception {
        long id = buyer.api().post("/api/v1/consultations", draft()).locationId();
        String ocds = "/api/v1/open-data/consultations/" + id + "/ocds";
        String eforms = "/api/v1/open-data/consultations/" + id + "/eforms";

        // a draft has no open data, not even for its own buying team
        for (Api caller : new Api[] {anonymous, buyer.api(), companyA.api()}) {
            assertThat(caller.get(ocds).status()).isEqualTo(404);
            assertThat(caller.get(eforms).status()).isEqualTo(404);
        }
        assertThat(anonymous.get("/api/v1/open-data/consultations/999999999/ocds").status()).isEqualTo(404);

        // announced, then opened by the clock; two competing companies ask, one of them answers
        buyer.api().post("/api/v1/consultations/" + id + "/schedule", null);
        assertThat(anonymous.get(ocds).status()).isEqualTo(200);
        shift(3600);
        String path = "/api/v1/consultations/" + id;
        JsonObject open = companyA.api().get(path).json();
        assertThat(open.getString("status")).isEqualTo("OPEN");
        String askedByA = "¿Funciona el Bihotz-Pro de " + nameA + " con Osabide " + word + "?";
        String askedByB = "¿Hay presupuesto secreto " + word + "?";
        long fromA = companyA.api().post(path + "/clarifications",
                Json.createObjectBuilder().add("question", askedByA).build()).locationId();
        companyB.api().post(path + "/clarifications", Json.createObjectBuilder().add("question", askedByB).build());
        String wording = "¿Debe integrarse con la historia clínica electrónica? " + word;
        buyer.api().post(path + "/clarifications/" + fromA + "/publish", Json.createObjectBuilder()
                .add("publicQuestion", wording).add("answer", "Sí, mediante HL7 FHIR.").build());
        String answerText = "Nuestra solución confidencial " + word;
        long questionId = open.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(companyA.api().put(path + "/answers/mine", Json.createObjectBuilder().add("items",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("questionId", questionId)
                        .add("text", answerText))).build()).status()).isEqualTo(200);
        assertThat(companyA.api().post(path + "/answers/mine/submit", null).status()).isEqualTo(200);

        // OCDS: valid against the release package schema and the release schema patched with the enquiries extension
        Api.Response ocdsResponse = anonymous.get(ocds);
        assertThat(ocdsResponse.status()).isEqualTo(200);
        assertThat(ocdsResponse.header("Content-Type")).startsWith("application/json");
        String ocdsText = ocdsResponse.text();
        assertThat(OpenDataSchemas.ocdsErrors(ocdsText)).isEmpty();
        JsonObject release = ocdsResponse.json().getJsonArray("releases").getJsonObject(0);
        assertThat(release.getString("ocid")).isEqualTo("ocds-berrigune-" + id);
        assertThat(release.getJsonArray("tag").getString(0)).isEqualTo("planning");
        assertThat(release.getJsonArray("parties")).hasSize(1);
        assertThat(release.getJsonObject("buyer").getString("id")).isEqualTo("berrigune-organisation-" + buyer.organisationId());
        assertThat(release.getJsonObject("tender").getString("title")).isEqualTo("Monitorización <domiciliaria> & " + word);
        assertThat(release.getJsonObject("tender").getString("title_eu")).isEqualTo("Etxeko monitorizazioa " + word);
        JsonArray enquiries = release.getJsonObject("tender").getJsonArray("enquiries");
        assertThat(enquiries).hasSize(1);
        assertThat(enquiries.getJsonObject(0).getString("description")).isEqualTo(wording);
        assertThat(enquiries.getJsonObject(0).getString("answer")).isEqualTo("Sí, mediante HL7 FHIR.");
        JsonArray milestones = release.getJsonObject("planning").getJsonArray("milestones");
        assertThat(milestones.getJsonObject(0).getString("type")).isEqualTo("engagement");
        assertThat(milestones.getJsonObject(0).getString("status")).isEqualTo("met");
        assertThat(milestones.getJsonObject(1).getString("dueDate"))
                .isEqualTo(start.plus(Duration.ofHours(24)).toString());
        assertThat(release.getJsonObject("planning").getJsonArray("documents").getJsonObject(0).getString("url"))
                .endsWith("/consultations/view.xhtml?id=" + id);

        // eForms: valid against the SDK's PriorInformationNotice schema, subtype E1 with the answer deadline
        Api.Response eformsResponse = anonymous.get(eforms);
        assertThat(eformsResponse.status()).isEqualTo(200);
        assertThat(eformsResponse.header("Content-Type")).startsWith("application/xml");
        String xml = eformsResponse.text();
        assertThat(OpenDataSchemas.eformsErrors(xml)).isEmpty();
        Document notice = parse(xml);
        assertThat(xml).contains(">E1<", ">pmc<", ">33195100<")
                .contains(">" + start.plus(Duration.ofHours(24)).atOffset(ZoneOffset.UTC).toLocalDate() + "Z<")
                .contains("Monitorización &lt;domiciliaria&gt; &amp; " + word);

        // nothing of the companies, of the question as asked, of the unpublished question or of the answer
        List<String> ocdsValues = values(ocdsResponse.json());
        List<String> xmlValues = values(notice);
        for (List<String> values : List.of(ocdsValues, xmlValues)) {
            assertThat(values).isNotEmpty()
                    .doesNotContain(String.valueOf(companyA.organisationId()), String.valueOf(companyB.organisationId()),
                            "berrigune-organisation-" + companyA.organisationId(),
                            "berrigune-organisation-" + companyB.organisationId());
        }
        for (String export : List.of(ocdsText, xml)) {
            assertThat(export).doesNotContain(nameA).doesNotContain(nameB).doesNotContain("Rival")
                    .doesNotContain(companyA.username()).doesNotContain(companyB.username())
                    .doesNotContain("Osabide").doesNotContain("Bihotz-Pro").doesNotContain("presupuesto secreto")
                    .doesNotContain(answerText).doesNotContain("enquirer").doesNotContain("tenderer")
                    .doesNotContain("\"author\"");
        }

        // cancelled: still a planning release, the milestone not reached is notMet and the reason is published
        assertThat(buyer.api().post(path + "/cancel", Json.createObjectBuilder().add("reason", "Presupuesto retirado")
                .build()).status()).isEqualTo(200);
        Api.Response cancelled = anonymous.get(ocds);
        assertThat(OpenDataSchemas.ocdsErrors(cancelled.text())).isEmpty();
        JsonObject cancelledRelease = cancelled.json().getJsonArray("releases").getJsonObject(0);
        assertThat(cancelledRelease.getJsonArray("tag").getString(0)).isEqualTo("planning");
        assertThat(cancelledRelease.getJsonObject("planning").getJsonArray("milestones").getJsonObject(1)
                .getString("status")).isEqualTo("notMet");
        assertThat(cancelled.text()).contains("cancellationDetails", "Presupuesto retirado").doesNotContain(nameA);
        assertThat(OpenDataSchemas.eformsErrors(anonymous.get(eforms).text())).isEmpty();
    }

    /** Every string and number in a JSON document, and every member name. */
    static List<String> values(JsonValue json) {
        List<String> values = new ArrayList<>();
        switch (json.getValueType()) {
            case OBJECT -> json.asJsonObject().forEach((name, value) -> {
                values.add(name);
                values.addAll(values(value));
            });
            case ARRAY -> json.asJsonArray().forEach(value -> values.addAll(values(value)));
            case STRING -> values.add(((JsonString) json).getString());
            case NUMBER -> values.add(json.toString());
            default -> { }
        }
        return values;
    }

    /** Every text node and attribute value of an XML document. */
    static List<String> values(Node node) {
        List<String> values = new ArrayList<>();
        if (node.getNodeType() == Node.TEXT_NODE && !node.getNodeValue().isBlank()) {
            values.add(node.getNodeValue().strip());
        }
        NamedNodeMap attributes = node.getAttributes();
        for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
            values.add(attributes.item(i).getNodeValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            values.addAll(values(child));
        }
        return values;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
