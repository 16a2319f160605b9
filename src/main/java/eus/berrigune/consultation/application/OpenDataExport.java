package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.ConsultationStatus;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Maps a consultation's public facts ({@link OpenDataSource}) to the two open-data formats: an OCDS 1.1 release
 * package (planning stage, with the enquiries extension) and a TED eForms pre-market consultation notice (subtype E1).
 * Pure mapping, no I/O; every user text goes through JSON-P or DOM, which escape it. docs/open-data.md documents the
 * mapping field by field and what is left out on purpose.
 */
public final class OpenDataExport {

    /** The enquiries extension, as listed in the OCDS extension registry (published Q&amp;A, {@code tender.enquiries}). */
    public static final String ENQUIRY_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/v1.1.5/extension.json";
    /** Item classification scheme id for EMDN, which the open itemClassificationScheme codelist does not list. */
    public static final String EMDN_SCHEME = "EMDN";
    /** The eForms SDK version the notice follows ({@code cbc:CustomizationID}). */
    public static final String EFORMS_CUSTOMIZATION = "eforms-sdk-1.13";
    /** Country of the buying organisations and of the place of performance in eForms (ISO 3166-1 alpha-3). */
    public static final String EFORMS_COUNTRY = "ESP";

    /** Content order: Spanish first (the legal language of the notice in Spain), then Basque, then English. */
    static final List<Language> ORDER = List.of(Language.ES, Language.EU, Language.EN);

    static final String NS_ROOT = "urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2";
    static final String NS_EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String NS_EFEXT = "http://data.europa.eu/p27/eforms-ubl-extensions/1";
    static final String NS_EFAC = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
    static final String NS_EFBC = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

    private static final String ORGANISATION = "ORG-0001";
    private static final String LOT = "LOT-0001";
    private static final DateTimeFormatter EFORMS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EFORMS_TIME = DateTimeFormatter.ofPattern("HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Settings settings;

    public OpenDataExport(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /**
     * What the exports need from configuration and the request.
     *
     * @param ocidPrefix the OCDS prefix ({@code ocds-xxxxxx-} once registered with the Open Contracting Partnership)
     * @param defaultCpv the CPV code (8 digits) of the eForms main classification when the consultation has none
     * @param publicBase the application's public address, without a trailing slash ({@code https://host})
     * @param publisherName who publishes the data (the health system)
     */
    public record Settings(String ocidPrefix, String defaultCpv, String publicBase, String publisherName) {

        public Settings {
            publicBase = publicBase.endsWith("/") ? publicBase.substring(0, publicBase.length() - 1) : publicBase;
        }
    }

    // ---------------------------------------------------------------------------------------------------- OCDS

    public String ocid(OpenDataSource s) {
        return settings.ocidPrefix() + s.id();
    }

    /** The OCDS 1.1 release package: one planning release of the consultation. */
    public JsonObject ocdsPackage(OpenDataSource s) {
        Instant date = lastChange(s);
        return Json.createObjectBuilder()
                .add("uri", settings.publicBase() + "/api/v1/open-data/consultations/" + s.id() + "/ocds")
                .add("version", "1.1")
                .add("extensions", Json.createArrayBuilder().add(ENQUIRY_EXTENSION))
                .add("publishedDate", timestamp(date))
                .add("publisher", Json.createObjectBuilder().add("name", settings.publisherName()))
                .add("releases", Json.createArrayBuilder().add(release(s, date)))
                .build();
    }

    JsonObject release(OpenDataSource s, Instant date) {
        List<Language> languages = languages(s);
        Language main = languages.get(0);
        String ocid = ocid(s);
        String partyId = "berrigune-organisation-" + s.buyer().id();
        JsonObjectBuilder buyerRef = Json.createObjectBuilder().add("id", partyId).add("name", s.buyer().name());

        JsonObjectBuilder contact = Json.createObjectBuilder();
        optional(contact, "email", s.buyer().email());
        if (isWebAddress(s.buyer().website())) {
            contact.add("url", s.buyer().website().strip());
        }
        JsonObjectBuilder party = Json.createObjectBuilder()
                .add("id", partyId)
                .add("name", s.buyer().name())
                .add("roles", Json.createArrayBuilder().add("buyer").add("procuringEntity"));
        if (s.buyer().city() != null && !s.buyer().city().isBlank()) {
            party.add("address", Json.createObjectBuilder().add("locality", s.buyer().city()));
        }
        JsonObject contactPoint = contact.build();
        if (!contactPoint.isEmpty()) {
            party.add("contactPoint", contactPoint);
        }

        JsonObjectBuilder planning = Json.createObjectBuilder();
        multilingual(planning, "rationale", s, languages, OpenDataSource.Text::need);
        planning.add("documents", documents(s, languages));
        planning.add("milestones", milestones(s, languages));

        JsonObjectBuilder tender = Json.createObjectBuilder().add("id", "consultation-" + s.id());
        multilingual(tender, "title", s, languages, OpenDataSource.Text::title);
        multilingual(tender, "description", s, languages, OpenDataSource.Text::description);
        tender.add("status", "planning")
                .add("procuringEntity", buyerRef.build())
                .add("items", Json.createArrayBuilder().add(item(s, main)))
                .add("enquiryPeriod", Json.createObjectBuilder()
                        .add("startDate", timestamp(s.startAt()))
                        .add("endDate", timestamp(s.deadline())))
                .add("hasEnquiries", !s.clarifications().isEmpty());
        JsonArrayBuilder enquiries = Json.createArrayBuilder();
        for (OpenDataSource.PublishedClarification c : s.clarifications()) {
            enquiries.add(Json.createObjectBuilder()
                    .add("id", String.valueOf(c.id()))
                    .add("date", timestamp(c.publishedAt()))
                    .add("description", c.question())
                    .add("answer", c.answer())
                    .add("dateAnswered", timestamp(c.publishedAt())));
        }
        if (!s.clarifications().isEmpty()) {
            tender.add("enquiries", enquiries);
        }

        return Json.createObjectBuilder()
                .add("ocid", ocid)
                .add("id", ocid + "-" + date.getEpochSecond())
                .add("date", timestamp(date))
                .add("tag", Json.createArrayBuilder().add("planning"))
                .add("initiationType", "tender")
                .add("language", main.code())
                .add("parties", Json.createArrayBuilder().add(party))
                .add("buyer", Json.createObjectBuilder().add("id", partyId).add("name", s.buyer().name()))
                .add("planning", planning)
                .add("tender", tender)
                .build();
    }

    private JsonArrayBuilder documents(OpenDataSource s, List<Language> languages) {
        JsonObjectBuilder notice = Json.createObjectBuilder()
                .add("id", "notice")
                .add("documentType", "plannedProcurementNotice");
        multilingual(notice, "title", s, languages, OpenDataSource.Text::title);
        notice.add("url", noticePage(s))
                .add("datePublished", timestamp(s.scheduledAt()))
                .add("format", "text/html")
                .add("language", languages.get(0).code());
        JsonArrayBuilder documents = Json.createArrayBuilder().add(notice);
        if (!eformsLanguages(s).isEmpty()) {
            JsonObjectBuilder eforms = Json.createObjectBuilder()
                    .add("id", "eforms-notice")
                    .add("documentType", "plannedProcurementNotice");
            message(eforms, "title", languages, "consultation.openData.eformsNotice");
            documents.add(eforms
                    .add("url", settings.publicBase() + "/api/v1/open-data/consultations/" + s.id() + "/eforms")
                    .add("datePublished", timestamp(s.scheduledAt()))
                    .add("format", "application/xml"));
        }
        if (s.status() == ConsultationStatus.CANCELLED) {
            JsonObjectBuilder cancellation = Json.createObjectBuilder()
                    .add("id", "cancellation")
                    .add("documentType", "cancellationDetails");
            message(cancellation, "title", languages, "consultation.openData.cancellation");
            optional(cancellation, "description", s.cancelReason());
            documents.add(cancellation.add("datePublished", timestamp(s.cancelledAt())));
        }
        return documents;
    }

    /**
     * Two engagement milestones, the opening and the answer deadline: scheduled, then met when the clock reaches them;
     * a cancellation turns the ones not reached into notMet (OCDS 1.1 has no other place for a planning-stage
     * cancellation; the reason is in the cancellationDetails document).
     */
    private JsonArrayBuilder milestones(OpenDataSource s, List<Language> languages) {
        JsonObjectBuilder start = milestone(s, "engagement-start", s.startAt(), startReached(s));
        message(start, "title", languages, "consultation.openData.milestone.start");
        multilingual(start, "description", s, languages, OpenDataSource.Text::participation);
        JsonObjectBuilder deadline = milestone(s, "engagement-deadline", s.deadline(), deadlineReached(s));
        message(deadline, "title", languages, "consultation.openData.milestone.deadline");
        return Json.createArrayBuilder().add(start).add(deadline);
    }

    private JsonObjectBuilder milestone(OpenDataSource s, String id, Instant due, boolean reached) {
        boolean cancelled = s.status() == ConsultationStatus.CANCELLED;
        JsonObjectBuilder m = Json.createObjectBuilder()
                .add("id", id)
                .add("type", "engagement")
                .add("dueDate", timestamp(due));
        if (reached) {
            m.add("status", "met").add("dateMet", timestamp(due)).add("dateModified", timestamp(due));
        } else if (cancelled) {
            m.add("status", "notMet").add("dateModified", timestamp(s.cancelledAt()));
        } else {
            m.add("status", "scheduled").add("dateModified", timestamp(s.scheduledAt()));
        }
        return m;
    }

    private JsonObjectBuilder item(OpenDataSource s, Language main) {
        List<JsonObject> classifications = new ArrayList<>();
        for (String cpv : s.cpvCodes()) {
            classifications.add(Json.createObjectBuilder().add("scheme", "CPV").add("id", cpvDigits(cpv)).build());
        }
        s.emdnCodes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            JsonObjectBuilder c = Json.createObjectBuilder().add("scheme", EMDN_SCHEME).add("id", e.getKey());
            optional(c, "description", e.getValue());
            classifications.add(c.build());
        });
        JsonObjectBuilder item = Json.createObjectBuilder().add("id", "1");
        optional(item, "description", s.texts().get(main).title());
        if (!classifications.isEmpty()) {
            item.add("classification", classifications.get(0));
        }
        if (classifications.size() > 1) {
            JsonArrayBuilder additional = Json.createArrayBuilder();
            classifications.subList(1, classifications.size()).forEach(additional::add);
            item.add("additionalClassifications", additional);
        }
        return item;
    }

    /** When the package's content last changed: announcement, opening, deadline, cancellation, last clarification. */
    static Instant lastChange(OpenDataSource s) {
        return Stream.of(
                        Stream.of(s.scheduledAt()),
                        startReached(s) ? Stream.of(s.startAt()) : Stream.<Instant>empty(),
                        deadlineReached(s) ? Stream.of(s.deadline()) : Stream.<Instant>empty(),
                        Stream.of(s.cancelledAt()),
                        s.clarifications().stream().map(OpenDataSource.PublishedClarification::publishedAt))
                .flatMap(Function.identity())
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .truncatedTo(ChronoUnit.SECONDS);
    }

    static boolean startReached(OpenDataSource s) {
        return switch (s.status()) {
            case OPEN, CLOSED, REPORT_PUBLISHED -> true;
            case CANCELLED -> s.cancelledAt() != null && !s.cancelledAt().isBefore(s.startAt());
            default -> false;
        };
    }

    static boolean deadlineReached(OpenDataSource s) {
        return switch (s.status()) {
            case CLOSED, REPORT_PUBLISHED -> true;
            case CANCELLED -> s.cancelledAt() != null && !s.cancelledAt().isBefore(s.deadline());
            default -> false;
        };
    }

    /** The languages the notice has, Spanish first; the first one is the release's default language. */
    static List<Language> languages(OpenDataSource s) {
        List<Language> present = ORDER.stream().filter(s.texts()::containsKey).toList();
        if (present.isEmpty()) {
            throw new IllegalStateException("A scheduled consultation has its notice in at least one language");
        }
        return present;
    }

    /** OCDS 1.1 multilingual fields: {@code field} in the default language, {@code field_xx} for the others. */
    private static void multilingual(JsonObjectBuilder target, String field, OpenDataSource s, List<Language> languages,
            Function<OpenDataSource.Text, String> value) {
        for (int i = 0; i < languages.size(); i++) {
            optional(target, i == 0 ? field : field + "_" + languages.get(i).code(),
                    value.apply(s.texts().get(languages.get(i))));
        }
    }

    private static void message(JsonObjectBuilder target, String field, List<Language> languages, String key) {
        for (int i = 0; i < languages.size(); i++) {
            target.add(i == 0 ? field : field + "_" + languages.get(i).code(), MessageBundle.get(languages.get(i), key));
        }
    }

    private static void optional(JsonObjectBuilder target, String field, String value) {
        if (value != null && !value.isBlank()) {
            target.add(field, value);
        }
    }

    private static boolean isWebAddress(String value) {
        return value != null && value.strip().matches("https?://[^\\s]+");
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private String noticePage(OpenDataSource s) {
        return settings.publicBase() + "/consultations/view.xhtml?id=" + s.id();
    }

    /** A CPV code without its check digit ({@code 33195100-4} → {@code 33195100}), as eForms and OCDS data use it. */
    static String cpvDigits(String cpv) {
        int dash = cpv.indexOf('-');
        return dash < 0 ? cpv : cpv.substring(0, dash);
    }

    // -------------------------------------------------------------------------------------------------- eForms

    /**
     * The eForms languages of the notice: Spanish and English where present. Basque is not an official EU language
     * and TED accepts only those, so Basque texts stay out of the eForms notice (they are in the OCDS package).
     */
    static List<Language> eformsLanguages(OpenDataSource s) {
        return Stream.of(Language.ES, Language.EN).filter(s.texts()::containsKey).toList();
    }

    private static String eformsLanguage(Language language) {
        return language == Language.ES ? "SPA" : "ENG";
    }

    /**
     * The TED eForms pre-market consultation notice (subtype E1, notice type {@code pmc}) with the answer deadline
     * (BT-800) on its single lot. Refused (422) when the notice has no Spanish or English text.
     */
    public Document eformsNotice(OpenDataSource s) {
        List<Language> languages = eformsLanguages(s);
        if (languages.isEmpty()) {
            throw new ValidationException("texts", "consultation.openData.noOfficialLanguage");
        }
        List<String> cpv = s.cpvCodes().isEmpty() ? List.of(settings.defaultCpv())
                : s.cpvCodes().stream().map(OpenDataExport::cpvDigits).distinct().toList();
        String nature = contractNature(cpv.get(0));
        Xml x = new Xml();
        Element root = x.root();

        Element extension = x.add(x.add(x.add(x.add(root, NS_EXT, "ext:UBLExtensions"), NS_EXT, "ext:UBLExtension"),
                NS_EXT, "ext:ExtensionContent"), NS_EFEXT, "efext:EformsExtension");
        x.text(x.add(extension, NS_EFAC, "efac:NoticeSubType"), NS_CBC, "cbc:SubTypeCode", "E1", "listName", "notice-subtype");
        Element company = x.add(x.add(x.add(extension, NS_EFAC, "efac:Organizations"), NS_EFAC, "efac:Organization"),
                NS_EFAC, "efac:Company");
        if (isWebAddress(s.buyer().website())) {
            x.text(company, NS_CBC, "cbc:WebsiteURI", s.buyer().website().strip());
        }
        x.text(x.add(company, NS_CAC, "cac:PartyIdentification"), NS_CBC, "cbc:ID", ORGANISATION, "schemeName", "organization");
        x.text(x.add(company, NS_CAC, "cac:PartyName"), NS_CBC, "cbc:Name", s.buyer().name(),
                "languageID", eformsLanguage(languages.get(0)));
        Element address = x.add(company, NS_CAC, "cac:PostalAddress");
        if (s.buyer().city() != null && !s.buyer().city().isBlank()) {
            x.text(address, NS_CBC, "cbc:CityName", s.buyer().city());
        }
        x.text(x.add(address, NS_CAC, "cac:Country"), NS_CBC, "cbc:IdentificationCode", EFORMS_COUNTRY, "listName", "country");
        if (s.buyer().email() != null && !s.buyer().email().isBlank()) {
            x.text(x.add(company, NS_CAC, "cac:Contact"), NS_CBC, "cbc:ElectronicMail", s.buyer().email());
        }

        x.text(root, NS_CBC, "cbc:UBLVersionID", "2.3");
        x.text(root, NS_CBC, "cbc:CustomizationID", EFORMS_CUSTOMIZATION);
        x.text(root, NS_CBC, "cbc:ID", noticeId(s).toString(), "schemeName", "notice-id");
        x.text(root, NS_CBC, "cbc:IssueDate", EFORMS_DATE.format(s.scheduledAt()));
        x.text(root, NS_CBC, "cbc:IssueTime", EFORMS_TIME.format(s.scheduledAt()));
        x.text(root, NS_CBC, "cbc:VersionID", "01");
        x.text(root, NS_CBC, "cbc:RegulatoryDomain", "other");
        x.text(root, NS_CBC, "cbc:NoticeTypeCode", "pmc", "listName", "consultation");
        x.text(root, NS_CBC, "cbc:NoticeLanguageCode", eformsLanguage(languages.get(0)));
        for (Language additional : languages.subList(1, languages.size())) {
            x.text(x.add(root, NS_CAC, "cac:AdditionalNoticeLanguage"), NS_CBC, "cbc:ID", eformsLanguage(additional));
        }
        x.text(x.add(x.add(x.add(root, NS_CAC, "cac:ContractingParty"), NS_CAC, "cac:Party"), NS_CAC,
                "cac:PartyIdentification"), NS_CBC, "cbc:ID", ORGANISATION, "schemeName", "organization");

        procurementProject(x, x.add(root, NS_CAC, "cac:ProcurementProject"), s, languages, nature, cpv);

        Element lot = x.add(root, NS_CAC, "cac:ProcurementProjectLot");
        x.text(lot, NS_CBC, "cbc:ID", LOT, "schemeName", "Lot");
        Element terms = x.add(lot, NS_CAC, "cac:TenderingTerms");
        Element documents = x.add(terms, NS_CAC, "cac:CallForTendersDocumentReference");
        x.text(documents, NS_CBC, "cbc:ID", "consultation-" + s.id());
        x.text(documents, NS_CBC, "cbc:DocumentType", "non-restricted-document");
        x.text(x.add(x.add(documents, NS_CAC, "cac:Attachment"), NS_CAC, "cac:ExternalReference"), NS_CBC, "cbc:URI",
                noticePage(s));
        x.text(x.add(terms, NS_CAC, "cac:TenderRecipientParty"), NS_CBC, "cbc:EndpointID", noticePage(s));
        for (Language language : languages) {
            x.text(x.add(terms, NS_CAC, "cac:Language"), NS_CBC, "cbc:ID", eformsLanguage(language));
        }
        Element period = x.add(x.add(x.add(x.add(x.add(x.add(lot, NS_CAC, "cac:TenderingProcess"), NS_EXT,
                "ext:UBLExtensions"), NS_EXT, "ext:UBLExtension"), NS_EXT, "ext:ExtensionContent"), NS_EFEXT,
                "efext:EformsExtension"), NS_EFAC, "efac:AnswerReceptionPeriod");
        x.text(period, NS_CBC, "cbc:EndDate", EFORMS_DATE.format(s.deadline()));
        x.text(period, NS_CBC, "cbc:EndTime", EFORMS_TIME.format(s.deadline()));
        procurementProject(x, x.add(lot, NS_CAC, "cac:ProcurementProject"), s, languages, nature, cpv);
        return x.document;
    }

    private static void procurementProject(Xml x, Element project, OpenDataSource s, List<Language> languages,
            String nature, List<String> cpv) {
        for (Language language : languages) {
            x.text(project, NS_CBC, "cbc:Name", s.texts().get(language).title(), "languageID", eformsLanguage(language));
        }
        for (Language language : languages) {
            String description = s.texts().get(language).description();
            if (description != null && !description.isBlank()) {
                x.text(project, NS_CBC, "cbc:Description", description, "languageID", eformsLanguage(language));
            }
        }
        x.text(project, NS_CBC, "cbc:ProcurementTypeCode", nature, "listName", "contract-nature");
        x.text(x.add(project, NS_CAC, "cac:MainCommodityClassification"), NS_CBC, "cbc:ItemClassificationCode",
                cpv.get(0), "listName", "cpv");
        for (String additional : cpv.subList(1, cpv.size())) {
            x.text(x.add(project, NS_CAC, "cac:AdditionalCommodityClassification"), NS_CBC,
                    "cbc:ItemClassificationCode", additional, "listName", "cpv");
        }
        x.text(x.add(x.add(x.add(project, NS_CAC, "cac:RealizedLocation"), NS_CAC, "cac:Address"), NS_CAC,
                "cac:Country"), NS_CBC, "cbc:IdentificationCode", EFORMS_COUNTRY, "listName", "country");
    }

    /** BT-23 main nature from the CPV division: 45 works, 50 and above services (but 48, software), else supplies. */
    static String contractNature(String cpv) {
        int division = Integer.parseInt(cpv.substring(0, 2));
        if (division == 45) {
            return "works";
        }
        return division >= 50 ? "services" : "supplies";
    }

    /** A stable notice identifier (the same consultation always exports the same notice), shaped as a UUID v4. */
    UUID noticeId(OpenDataSource s) {
        UUID name = UUID.nameUUIDFromBytes(("berrigune:" + ocid(s)).getBytes(StandardCharsets.UTF_8));
        long msb = (name.getMostSignificantBits() & ~0xF000L) | 0x4000L;
        long lsb = (name.getLeastSignificantBits() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** The notice as UTF-8 XML text. */
    public static String xml(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the eForms notice", e);
        }
    }

    /** A namespace-aware DOM under construction; text is set as text nodes (escaped on output), never spliced. */
    private static final class Xml {

        final Document document;

        Xml() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                document = factory.newDocumentBuilder().newDocument();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }

        Element root() {
            Element root = document.createElementNS(NS_ROOT, "PriorInformationNotice");
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", NS_ROOT);
            for (String[] ns : new String[][] {{"ext", NS_EXT}, {"cbc", NS_CBC}, {"cac", NS_CAC}, {"efext", NS_EFEXT},
                    {"efac", NS_EFAC}, {"efbc", NS_EFBC}}) {
                root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + ns[0], ns[1]);
            }
            document.appendChild(root);
            return root;
        }

        Element add(Element parent, String namespace, String name) {
            Element child = document.createElementNS(namespace, name);
            parent.appendChild(child);
            return child;
        }

        Element text(Element parent, String namespace, String name, String value, String... attributes) {
            Element child = add(parent, namespace, name);
            child.setTextContent(xmlCharacters(value));
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                child.setAttribute(attributes[i], attributes[i + 1]);
            }
            return child;
        }
    }

    /**
     * Drops the characters XML 1.0 cannot carry at all (control characters other than tab and line breaks, lone
     * surrogates): user text pasted from word processors must never break an export or the report's PDF.
     */
    public static String xmlCharacters(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
