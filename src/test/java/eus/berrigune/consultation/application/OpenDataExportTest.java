package eus.berrigune.consultation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eus.berrigune.consultation.domain.ConsultationStatus;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.testdata.OpenDataSchemas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The mapping of a consultation's public facts to OCDS and eForms, checked against the official schemas. */
class OpenDataExportTest {

    static final Instant SCHEDULED = Instant.parse("2026-03-02T09:15:00Z");
    static final Instant START = Instant.parse("2026-03-09T08:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-04-09T10:30:00Z");
    static final String TRICKY = "Monitor <b>cardiaco</b> & \"Q&A\" ]]> 'x' \u0001fin";

    final OpenDataExport export = new OpenDataExport(new OpenDataExport.Settings("ocds-test01-", "33100000",
            "https://berrigune.example/", "Osasun Publikoa"));

    static OpenDataSource source(ConsultationStatus status, Map<Language, OpenDataSource.Text> texts, List<String> cpv,
            Instant cancelledAt, List<OpenDataSource.PublishedClarification> clarifications) {
        return new OpenDataSource(42, status, texts, Map.of("Z12", "CARDIOLOGY DEVICES", "Z1203", ""), cpv, SCHEDULED,
                START, DEADLINE, cancelledAt == null ? null : "Presupuesto retirado", cancelledAt,
                new OpenDataSource.Buyer(7, "Hospital de Ezkerraldea & Co", "Barakaldo", "https://ezkerraldea.example",
                        "compras@ezkerraldea.example"),
                clarifications);
    }

    static Map<Language, OpenDataSource.Text> threeLanguages() {
        Map<Language, OpenDataSource.Text> texts = new EnumMap<>(Language.class);
        texts.put(Language.EU, new OpenDataSource.Text("Etxeko monitorizazioa", "Deskribapena", "Beharra", "Parte hartu"));
        texts.put(Language.ES, new OpenDataSource.Text(TRICKY, "Buscamos soluciones.", "Reducir reingresos.", "Responda."));
        texts.put(Language.EN, new OpenDataSource.Text("Home monitoring", "We look for solutions.", null, "Answer."));
        return texts;
    }

    static List<OpenDataSource.PublishedClarification> oneClarification() {
        return List.of(new OpenDataSource.PublishedClarification(99, "¿Integración con la historia clínica?",
                "Sí, mediante HL7 FHIR.", START.plus(Duration.ofDays(2))));
    }

    static JsonObject parse(JsonObject json) {
        return jakarta.json.Json.createReader(new StringReader(json.toString())).readObject();
    }

    @Test
    void anOpenConsultationIsAValidPlanningReleaseWithItsPublishedEnquiries() {
        OpenDataSource s = source(ConsultationStatus.OPEN, threeLanguages(), List.of("33195100-4", "33100000-1"), null,
                oneClarification());
        JsonObject pkg = parse(export.ocdsPackage(s));

        assertThat(OpenDataSchemas.ocdsErrors(pkg.toString())).isEmpty();
        assertThat(pkg.getString("uri")).isEqualTo("https://berrigune.example/api/v1/open-data/consultations/42/ocds");
        assertThat(pkg.getJsonArray("extensions").getString(0)).isEqualTo(OpenDataExport.ENQUIRY_EXTENSION);
        JsonObject release = pkg.getJsonArray("releases").getJsonObject(0);
        assertThat(release.getString("ocid")).isEqualTo("ocds-test01-42");
        assertThat(release.getJsonArray("tag").getString(0)).isEqualTo("planning");
        assertThat(release.getString("language")).isEqualTo("es");
        assertThat(release.getString("date")).isEqualTo("2026-03-11T08:00:00Z"); // the last clarification
        assertThat(release.getJsonArray("parties")).hasSize(1);
        assertThat(release.getJsonArray("parties").getJsonObject(0).getJsonArray("roles").toString())
                .isEqualTo("[\"buyer\",\"procuringEntity\"]");

        JsonObject planning = release.getJsonObject("planning");
        assertThat(planning.getString("rationale")).isEqualTo("Reducir reingresos.");
        assertThat(planning.getString("rationale_eu")).isEqualTo("Beharra");
        assertThat(planning.containsKey("rationale_en")).isFalse();
        JsonArray milestones = planning.getJsonArray("milestones");
        assertThat(milestones).hasSize(2);
        assertThat(milestones.getJsonObject(0).getString("type")).isEqualTo("engagement");
        assertThat(milestones.getJsonObject(0).getString("status")).isEqualTo("met");
        assertThat(milestones.getJsonObject(0).getString("title")).isEqualTo("Apertura de la consulta");
        assertThat(milestones.getJsonObject(0).getString("title_eu")).isEqualTo("Kontsulta irekitzea");
        assertThat(milestones.getJsonObject(1).getString("dueDate")).isEqualTo("2026-04-09T10:30:00Z");
        assertThat(milestones.getJsonObject(1).getString("status")).isEqualTo("scheduled");
        JsonObject notice = planning.getJsonArray("documents").getJsonObject(0);
        assertThat(notice.getString("url")).isEqualTo("https://berrigune.example/consultations/view.xhtml?id=42");
        assertThat(notice.getString("documentType")).isEqualTo("plannedProcurementNotice");

        JsonObject tender = release.getJsonObject("tender");
        assertThat(tender.getString("title")).isEqualTo(TRICKY);
        assertThat(tender.getString("title_en")).isEqualTo("Home monitoring");
        assertThat(tender.getString("status")).isEqualTo("planning");
        JsonObject item = tender.getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonObject("classification").getString("scheme")).isEqualTo("CPV");
        assertThat(item.getJsonObject("classification").getString("id")).isEqualTo("33100000");
        assertThat(item.getJsonArray("additionalClassifications").toString())
                .contains("\"scheme\":\"CPV\",\"id\":\"33195100\"")
                .contains("\"scheme\":\"EMDN\",\"id\":\"Z12\",\"description\":\"CARDIOLOGY DEVICES\"")
                .contains("\"scheme\":\"EMDN\",\"id\":\"Z1203\"}");
        JsonObject enquiry = tender.getJsonArray("enquiries").getJsonObject(0);
        assertThat(enquiry.getString("answer")).isEqualTo("Sí, mediante HL7 FHIR.");
        assertThat(enquiry.containsKey("author")).isFalse();
        assertThat(tender.getBoolean("hasEnquiries")).isTrue();
    }

    @Test
    void aCancelledConsultationStaysAPlanningReleaseWithTheMilestonesNotMetAndTheReason() {
        Instant cancelled = START.plus(Duration.ofDays(5));
        OpenDataSource s = source(ConsultationStatus.CANCELLED, threeLanguages(), List.of(), cancelled, List.of());
        JsonObject pkg = parse(export.ocdsPackage(s));

        assertThat(OpenDataSchemas.ocdsErrors(pkg.toString())).isEmpty();
        JsonObject release = pkg.getJsonArray("releases").getJsonObject(0);
        assertThat(release.getJsonArray("tag").getString(0)).isEqualTo("planning");
        assertThat(release.getJsonObject("tender").getString("status")).isEqualTo("planning");
        assertThat(release.getJsonObject("tender").containsKey("enquiries")).isFalse();
        JsonArray milestones = release.getJsonObject("planning").getJsonArray("milestones");
        assertThat(milestones.getJsonObject(0).getString("status")).isEqualTo("met");
        assertThat(milestones.getJsonObject(1).getString("status")).isEqualTo("notMet");
        assertThat(release.getJsonObject("planning").getJsonArray("documents").toString())
                .contains("\"documentType\":\"cancellationDetails\"").contains("Presupuesto retirado");
        JsonObject item = release.getJsonObject("tender").getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonObject("classification").getString("scheme")).isEqualTo("EMDN");
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() {
        OpenDataSource s = source(ConsultationStatus.OPEN, threeLanguages(), List.of(), null, oneClarification());
        String valid = export.ocdsPackage(s).toString();
        assertThat(OpenDataSchemas.ocdsErrors(valid.replace("\"tag\":[\"planning\"]", "\"tag\":[\"consultation\"]")))
                .isNotEmpty();
        // only the merged enquiries extension knows that an enquiry needs an id and a date-time
        assertThat(OpenDataSchemas.ocdsErrors(valid.replace("\"id\":\"99\",", ""))).isNotEmpty();
    }

    @Test
    void theEformsNoticeIsValidAgainstTheSdkSchemaAndEscapesUserText() throws Exception {
        OpenDataSource s = source(ConsultationStatus.OPEN, threeLanguages(), List.of("33195100-4", "33100000-1"), null,
                oneClarification());
        String xml = OpenDataExport.xml(export.eformsNotice(s));

        assertThat(OpenDataSchemas.eformsErrors(xml)).isEmpty();
        Document notice = parseXml(xml);
        assertThat(texts(notice, OpenDataExport.NS_CBC, "SubTypeCode")).containsExactly("E1");
        assertThat(texts(notice, OpenDataExport.NS_CBC, "NoticeTypeCode")).containsExactly("pmc");
        assertThat(texts(notice, OpenDataExport.NS_CBC, "NoticeLanguageCode")).containsExactly("SPA");
        assertThat(xml).doesNotContain("EUS").doesNotContain("Etxeko monitorizazioa");
        assertThat(texts(notice, OpenDataExport.NS_CBC, "EndDate")).containsExactly("2026-04-09Z");
        assertThat(texts(notice, OpenDataExport.NS_CBC, "EndTime")).containsExactly("10:30:00Z");
        assertThat(texts(notice, OpenDataExport.NS_CBC, "ItemClassificationCode"))
                .containsExactly("33100000", "33195100", "33100000", "33195100");
        assertThat(texts(notice, OpenDataExport.NS_CBC, "Name")).contains("Monitor <b>cardiaco</b> & \"Q&A\" ]]> 'x' fin",
                "Home monitoring", "Hospital de Ezkerraldea & Co");
        assertThat(xml).doesNotContain("<b>").doesNotContain("HL7 FHIR");
        assertThat(notice.getDocumentElement().getElementsByTagNameNS(OpenDataExport.NS_CBC, "ID").item(1)
                .getTextContent()).matches(
                "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(OpenDataExport.xml(export.eformsNotice(s))).isEqualTo(xml);
    }

    @Test
    void withoutCpvTheEformsNoticeUsesTheConfiguredDefault() throws Exception {
        OpenDataSource s = source(ConsultationStatus.SCHEDULED, threeLanguages(), List.of(), null, List.of());
        String xml = OpenDataExport.xml(export.eformsNotice(s));
        assertThat(OpenDataSchemas.eformsErrors(xml)).isEmpty();
        assertThat(texts(parseXml(xml), OpenDataExport.NS_CBC, "ItemClassificationCode")).containsOnly("33100000");
        assertThat(texts(parseXml(xml), OpenDataExport.NS_CBC, "ProcurementTypeCode")).containsOnly("supplies");
    }

    @Test
    void aBasqueOnlyNoticeIsOpenDataButNoEformsNotice() {
        Map<Language, OpenDataSource.Text> basque = Map.of(Language.EU,
                new OpenDataSource.Text("Etxeko monitorizazioa", "Deskribapena", null, "Parte hartu"));
        OpenDataSource s = source(ConsultationStatus.SCHEDULED, basque, List.of(), null, List.of());
        JsonObject pkg = parse(export.ocdsPackage(s));
        assertThat(OpenDataSchemas.ocdsErrors(pkg.toString())).isEmpty();
        assertThat(pkg.getJsonArray("releases").getJsonObject(0).getString("language")).isEqualTo("eu");
        assertThat(pkg.toString()).doesNotContain("/eforms");
        assertThatThrownBy(() -> export.eformsNotice(s)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theCpvDivisionGivesTheContractNature() {
        assertThat(OpenDataExport.contractNature("33100000")).isEqualTo("supplies");
        assertThat(OpenDataExport.contractNature("48000000")).isEqualTo("supplies");
        assertThat(OpenDataExport.contractNature("45000000")).isEqualTo("works");
        assertThat(OpenDataExport.contractNature("85100000")).isEqualTo("services");
        assertThat(OpenDataExport.cpvDigits("33195100-4")).isEqualTo("33195100");
    }

    static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<String> texts(Document document, String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }
}
