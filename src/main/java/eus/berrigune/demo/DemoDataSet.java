package eus.berrigune.demo;

import eus.berrigune.catalog.application.ProductService;
import eus.berrigune.catalog.domain.CarbonMethod;
import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EnvironmentalCertificate;
import eus.berrigune.catalog.domain.EvidenceData;
import eus.berrigune.catalog.domain.EvidenceItem;
import eus.berrigune.catalog.domain.EvidenceKind;
import eus.berrigune.catalog.domain.HazardousSubstance;
import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.catalog.domain.Legislation;
import eus.berrigune.catalog.domain.NiceTier;
import eus.berrigune.catalog.domain.Product;
import eus.berrigune.catalog.domain.ProductRecord;
import eus.berrigune.catalog.domain.ProductText;
import eus.berrigune.catalog.domain.RegulatoryStatus;
import eus.berrigune.catalog.domain.RiskClass;
import eus.berrigune.catalog.domain.StudyDesign;
import eus.berrigune.catalog.domain.SustainabilityProfile;
import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.consultation.application.ConsultationService;
import eus.berrigune.pilot.application.NeedService;
import eus.berrigune.pilot.application.PilotService;
import eus.berrigune.pilot.domain.Actor;
import eus.berrigune.pilot.domain.ClinicalNeed;
import eus.berrigune.pilot.domain.PilotStatus;
import eus.berrigune.consultation.domain.Adviser;
import eus.berrigune.consultation.domain.ConsultationDraft;
import eus.berrigune.consultation.domain.ConsultationKind;
import eus.berrigune.consultation.domain.ConsultationText;
import eus.berrigune.consultation.domain.QuestionData;
import eus.berrigune.consultation.domain.QuestionKind;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.domain.Organisation;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.shared.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The demo data set in {@code demo/demo-data.json}: a Basque public health system with two hospitals, twelve local
 * companies and their products, plus the demo users listed in README.md. Loaded in one transaction: all or nothing.
 */
@ApplicationScoped
public class DemoDataSet {

    static final String RESOURCE = "/demo/demo-data.json";
    /** The password of every demo user (README.md lists them). */
    public static final String DEMO_PASSWORD = "berrigune-demo";

    @Inject
    IdentityService identity;

    @Inject
    ProductService productService;

    @Inject
    ConsultationService consultationService;

    @Inject
    NeedService needService;

    @Inject
    PilotService pilotService;

    @Inject
    Clock clock;

    /**
     * Counts of what was loaded.
     *
     * @param organisations organisations
     * @param users users
     * @param products products
     * @param consultations market consultations
     * @param needs clinical needs
     * @param pilots pilots
     */
    public record Counts(int organisations, int users, int products, int consultations, int needs, int pilots) {}

    @Transactional
    public Counts load() {
        JsonObject root = read();
        Map<String, Long> organisationIds = new HashMap<>();
        List<String> companies = new ArrayList<>();
        List<String> buyers = new ArrayList<>();
        for (JsonObject o : root.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
            OrganisationKind kind = OrganisationKind.valueOf(o.getString("kind"));
            JsonObject description = o.getJsonObject("description");
            long id = identity.createOrganisationUnchecked(
                    kind,
                    new Organisation.ProfileData(
                            o.getString("name"), text(o, "vatNumber"), text(o, "city"), text(o, "website"),
                            text(o, "email"), text(description, "eu"), text(description, "es"), text(description, "en")),
                    o.getBoolean("clusterMember", false));
            organisationIds.put(o.getString("key"), id);
            (kind == OrganisationKind.COMPANY ? companies : buyers).add(o.getString("key"));
        }
        Map<String, Long> userIds = createUsers(organisationIds, companies, buyers);
        int products = 0;
        Map<String, Long> productIds = new HashMap<>();
        for (JsonObject p : root.getJsonArray("products").getValuesAs(JsonObject.class)) {
            productIds.put(p.getString("key"), createProduct(p, organisationIds.get(p.getString("company"))));
            products++;
        }
        productService.flush();
        int consultations = 0;
        for (JsonObject c : array(root, "consultations")) {
            createConsultation(c, organisationIds.get(c.getString("buyer")), userIds.get(c.getString("owner")));
            consultations++;
        }
        Map<String, String> names = new HashMap<>();
        for (JsonObject o : root.getJsonArray("organisations").getValuesAs(JsonObject.class)) {
            names.put(o.getString("key"), o.getString("name"));
        }
        Map<String, Long> needIds = new HashMap<>();
        for (JsonObject n : array(root, "needs")) {
            needIds.put(n.getString("key"), needService.createUnchecked(organisationIds.get(n.getString("organisation")),
                    userIds.get(n.getString("by")), Language.fromCode(n.getString("language")).orElseThrow(),
                    new ClinicalNeed.NeedData(n.getString("title"), n.getString("problem"), text(n, "careSetting"),
                            text(n, "hospital"), text(n, "department"), integer(n, "patientsAffected"),
                            text(n, "desiredOutcomes"), text(n, "constraints"), Set.copyOf(strings(n, "emdn")),
                            strings(n, "standards").stream().map(InteroperabilityStandard::valueOf)
                                    .collect(java.util.stream.Collectors.toSet()))));
        }
        String hospitalName = names.get(buyers.get(0));
        Actor requester = new Actor(userIds.get("clinician1"), "Dra. Itziar Arrieta", hospitalName);
        Actor officer = new Actor(userIds.get("buyer1"), "Miren Goikoetxea", hospitalName);
        Map<String, JsonObject> productsByKey = new HashMap<>();
        root.getJsonArray("products").getValuesAs(JsonObject.class).forEach(p -> productsByKey.put(p.getString("key"), p));
        int pilots = 0;
        for (JsonObject p : array(root, "pilots")) {
            String companyKey = productsByKey.get(p.getString("product")).getString("company");
            pilotService.seedUnchecked(organisationIds.get(buyers.get(0)), needIds.get(p.getString("need")),
                    productIds.get(p.getString("product")), requester, officer,
                    new Actor(0, p.getString("companyContact"), names.get(companyKey)), p.getString("intendedUse"),
                    PilotStatus.valueOf(p.getString("status")),
                    clock.instant().minus(java.time.Duration.ofDays(p.getInt("startDaysAgo"))),
                    java.time.Duration.ofDays(p.getInt("paceDays")));
            pilots++;
        }
        return new Counts(organisationIds.size(), userIds.size(), products, consultations, needIds.size(), pilots);
    }

    private Map<String, Long> createUsers(Map<String, Long> ids, List<String> companies, List<String> buyers) {
        long hospital = ids.get(buyers.get(0));
        long secondHospital = ids.get(buyers.size() > 1 ? buyers.get(1) : buyers.get(0));
        List<IdentityService.NewUser> users = List.of(
                user("supplier1", "Ane Etxeberria", ids.get(companies.get(0)), Language.EU, Role.SUPPLIER),
                user("supplier2", "Jon Agirre", ids.get(companies.get(1)), Language.ES, Role.SUPPLIER),
                user("supplier3", "Laura Martínez", ids.get(companies.get(2)), Language.EN, Role.SUPPLIER),
                user("buyer1", "Miren Goikoetxea", hospital, Language.ES, Role.BUYER),
                user("buyer2", "Iker Zubizarreta", secondHospital, Language.EU, Role.BUYER),
                user("clinician1", "Dra. Itziar Arrieta", hospital, Language.EU, Role.CLINICIAN),
                user("evaluator1", "Koldo Urrutia", hospital, Language.ES, Role.EVALUATOR),
                user("admin1", "Amaia Lasa", hospital, Language.EN, Role.ADMIN));
        Map<String, Long> userIds = new HashMap<>();
        users.forEach(u -> userIds.put(u.username(), identity.createUserUnchecked(u)));
        return userIds;
    }

    /** A consultation announced now (open from today when it starts today, else scheduled). */
    private void createConsultation(JsonObject c, long buyerId, long ownerId) {
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        java.time.Instant start = now.plus(java.time.Duration.ofDays(c.getInt("startInDays")));
        Map<Language, ConsultationText> texts = new java.util.EnumMap<>(Language.class);
        c.getJsonObject("texts").forEach((code, value) -> {
            JsonObject t = value.asJsonObject();
            texts.put(Language.fromCode(code).orElseThrow(), new ConsultationText(t.getString("title"),
                    text(t, "description"), text(t, "need"), text(t, "participation")));
        });
        ConsultationDraft draft = new ConsultationDraft(
                ConsultationKind.valueOf(c.getString("kind")), texts, strings(c, "emdn"), strings(c, "cpv"), start,
                start.plus(java.time.Duration.ofDays(c.getInt("durationDays"))),
                array(c, "advisers").stream().map(a -> new Adviser(a.getString("name"), text(a, "affiliation"),
                        a.getString("reason"))).toList(),
                array(c, "questions").stream().map(q -> new QuestionData(QuestionKind.valueOf(q.getString("kind")),
                        q.getString("text"), text(q, "unit"), strings(q, "options"), q.getBoolean("required", false)))
                        .toList(),
                Set.of());
        consultationService.createAnnouncedUnchecked(buyerId, ownerId, draft);
    }

    private static IdentityService.NewUser user(
            String username, String name, long organisationId, Language language, Role role) {
        return new IdentityService.NewUser(
                username, DEMO_PASSWORD, name, username + "@demo.berrigune.example", organisationId, language,
                Set.of(role));
    }

    private long createProduct(JsonObject p, long companyId) {
        Product product = productService.createUnchecked(companyId, record(p));
        for (JsonObject e : array(p, "evidence")) {
            product.addEvidence(new EvidenceData(
                    EvidenceKind.valueOf(e.getString("kind")),
                    StudyDesign.valueOf(e.getString("design")),
                    integer(e, "population"),
                    e.getString("title"),
                    text(e, "summary"),
                    Language.fromCode(text(e, "language")).orElse(Language.EN),
                    text(e, "reference"),
                    null));
        }
        String status = p.getString("status");
        if (!"DRAFT".equals(status)) {
            Instant now = clock.instant();
            product.publish(now);
            List<EvidenceItem> items = product.getEvidence();
            List<JsonObject> declared = array(p, "evidence");
            productService.flush();
            for (int i = 0; i < declared.size(); i++) {
                if (declared.get(i).getBoolean("verified", false)) {
                    product.verifyEvidence(items.get(i).getId(), "Koldo Urrutia", "Osasun Publikoa", now);
                }
            }
            if ("ARCHIVED".equals(status)) {
                product.archive("Replaced by a newer model", now);
            }
        }
        productService.flush();
        return product.getId();
    }

    private static ProductRecord record(JsonObject p) {
        Map<Language, ProductText> texts = new EnumMap<>(Language.class);
        JsonObject t = p.getJsonObject("texts");
        for (Language language : Language.values()) {
            if (t.containsKey(language.code())) {
                JsonObject lt = t.getJsonObject(language.code());
                texts.put(language, new ProductText(
                        lt.getString("name"), text(lt, "description"), text(lt, "intendedPurpose")));
            }
        }
        JsonObject r = p.getJsonObject("regulatory");
        RegulatoryStatus regulatory = new RegulatoryStatus(
                enumOf(r, "legislation", Legislation::valueOf),
                enumOf(r, "riskClass", RiskClass::valueOf),
                enumOf(r, "ceStatus", CeStatus::valueOf),
                text(r, "notifiedBodyNumber"),
                text(r, "notifiedBodyName"),
                text(r, "certificateNumber"),
                enumOf(r, "certificateExpiry", LocalDate::parse),
                text(r, "basicUdiDi"));
        SustainabilityProfile sustainability = SustainabilityProfile.empty();
        Set<EnvironmentalCertificate> certificates = EnumSet.noneOf(EnvironmentalCertificate.class);
        Set<HazardousSubstance> hazardousFree = EnumSet.noneOf(HazardousSubstance.class);
        if (p.containsKey("sustainability") && !p.isNull("sustainability")) {
            JsonObject s = p.getJsonObject("sustainability");
            sustainability = new SustainabilityProfile(
                    decimal(s, "kgCo2e"), text(s, "declaredUnit"), enumOf(s, "method", CarbonMethod::valueOf),
                    integer(s, "referenceYear"), s.getBoolean("thirdPartyVerified", false),
                    integer(s, "recyclablePercent"), s.getBoolean("reusable", false), s.getBoolean("takeBack", false),
                    text(s, "packaging"), decimal(s, "energyKwhPerYear"));
            strings(s, "certificates").forEach(c -> certificates.add(EnvironmentalCertificate.valueOf(c)));
            strings(s, "hazardousFree").forEach(c -> hazardousFree.add(HazardousSubstance.valueOf(c)));
        }
        Set<InteroperabilityStandard> interoperability = EnumSet.noneOf(InteroperabilityStandard.class);
        strings(p, "interoperability").forEach(s -> interoperability.add(InteroperabilityStandard.valueOf(s)));
        return new ProductRecord(
                texts,
                p.getString("emdn"),
                new LinkedHashSet<>(strings(p, "cpv")),
                text(p, "website"),
                regulatory,
                integer(p, "trl"),
                enumOf(p, "niceTier", NiceTier::valueOf),
                interoperability,
                sustainability,
                certificates,
                hazardousFree);
    }

    private static JsonObject read() {
        try (InputStream in = DemoDataSet.class.getResourceAsStream(RESOURCE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonObject> array(JsonObject o, String key) {
        if (!o.containsKey(key) || o.isNull(key)) {
            return List.of();
        }
        return o.getJsonArray(key).getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonObject o, String key) {
        if (!o.containsKey(key) || o.isNull(key)) {
            return List.of();
        }
        JsonArray a = o.getJsonArray(key);
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String text(JsonObject o, String key) {
        if (o == null || !o.containsKey(key) || o.get(key).getValueType() != JsonValue.ValueType.STRING) {
            return null;
        }
        return o.getString(key);
    }

    private static Integer integer(JsonObject o, String key) {
        if (!o.containsKey(key) || o.get(key).getValueType() != JsonValue.ValueType.NUMBER) {
            return null;
        }
        return ((JsonNumber) o.get(key)).intValue();
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        if (!o.containsKey(key) || o.get(key).getValueType() != JsonValue.ValueType.NUMBER) {
            return null;
        }
        return ((JsonNumber) o.get(key)).bigDecimalValue();
    }

    private static <T> T enumOf(JsonObject o, String key, Function<String, T> parse) {
        String value = text(o, key);
        return value == null ? null : parse.apply(value);
    }
}
