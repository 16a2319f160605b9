package eus.berrigune.benchmark;

import eus.berrigune.benchmark.Vocabulary.DeviceType;
import eus.berrigune.benchmark.Vocabulary.Tri;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Fills a dedicated benchmark database with a synthetic catalogue: companies and products across real EMDN codes,
 * in Basque, Spanish and English, with regulatory status, evidence items and sustainability data. The schema comes
 * from the application's own Flyway migrations; rows are batch-inserted with plain JDBC (no application code), so
 * the server reads them exactly as it reads real data.
 *
 * <p>Deterministic: the same seed and count give the same catalogue on H2 and PostgreSQL. A database that already
 * holds a catalogue of the same count and seed is left as it is (the {@code bench_meta} table records it).
 *
 * <p>Configured by system properties: {@code bench.db} (postgresql or h2), {@code bench.h2.url}, {@code bench.pg.url},
 * {@code bench.pg.user}, {@code bench.pg.password}, {@code bench.products}.
 */
public final class CatalogGenerator {

    static final long SEED = 20261128L;
    /** Changes whenever the generated data changes, so that an older catalogue is generated again. */
    static final int FORMAT = 2;
    static final long FIRST_ID = 1000;
    private static final int BATCH = 1000;
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final Random random = new Random(SEED);
    private final Map<String, List<String>> codesByPrefix;
    private long nextId = FIRST_ID;

    private CatalogGenerator(Map<String, List<String>> codesByPrefix) {
        this.codesByPrefix = codesByPrefix;
    }

    public static void main(String[] args) throws Exception {
        generate(BenchmarkDatabase.configured(), Integer.getInteger("bench.products", 100_000));
    }

    /** Generates the catalogue unless the database already holds this one; returns whether it generated. */
    static boolean generate(BenchmarkDatabase db, int count) throws SQLException {
        db.ensureExists();
        try (Connection c = db.connect()) {
            if (alreadyGenerated(c, count)) {
                System.out.printf(Locale.ROOT, "Catalogue of %,d products already in %s (seed %d): kept%n", count,
                        db.describe(), SEED);
                return false;
            }
            db.dropEverything(c);
        }
        long started = System.nanoTime();
        Flyway.configure(CatalogGenerator.class.getClassLoader())
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        CatalogGenerator generator = new CatalogGenerator(emdnCodes());
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            generator.insert(c, count);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER SEQUENCE id_seq RESTART WITH " + (generator.nextId + 50));
                s.execute("CREATE TABLE bench_meta (products INTEGER NOT NULL, seed BIGINT NOT NULL,"
                        + " format INTEGER NOT NULL)");
                s.execute("INSERT INTO bench_meta VALUES (" + count + ", " + SEED + ", " + FORMAT + ")");
                if (db.isPostgres()) {
                    s.execute("ANALYZE");
                }
            }
            c.commit();
        }
        System.out.printf(Locale.ROOT, "Generated %,d products into %s in %.1f s%n", count, db.describe(),
                (System.nanoTime() - started) / 1e9);
        return true;
    }

    private static boolean alreadyGenerated(Connection c, int count) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT products, seed, format FROM bench_meta")) {
            return rs.next() && rs.getInt(1) == count && rs.getLong(2) == SEED && rs.getInt(3) == FORMAT;
        } catch (SQLException noMeta) {
            return false;
        }
    }

    /** Terminal EMDN codes (or the deepest available) under each prefix the vocabulary uses. */
    private static Map<String, List<String>> emdnCodes() {
        Set<String> prefixes = new LinkedHashSet<>();
        Vocabulary.TYPES.forEach(t -> prefixes.addAll(t.emdnPrefixes()));
        Map<String, List<String>> codes = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CatalogGenerator.class.getResourceAsStream("/reference/emdn/EMDN-V2.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split("\t");
                if (cols.length < 6 || !cols[5].trim().equalsIgnoreCase("YES")) {
                    continue;
                }
                String code = cols[2].trim();
                for (String prefix : prefixes) {
                    if (code.startsWith(prefix)) {
                        codes.computeIfAbsent(prefix, k -> new ArrayList<>()).add(code);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String prefix : prefixes) {
            if (!codes.containsKey(prefix)) {
                throw new IllegalStateException("No EMDN code under " + prefix);
            }
        }
        return codes;
    }

    private record Company(long id, String name, String brand, boolean cluster) {}

    private void insert(Connection c, int count) throws SQLException {
        List<Company> companies = companies(c, Math.max(20, Math.min(400, count / 250)));
        try (PreparedStatement product = c.prepareStatement("INSERT INTO product (id, version, created_at, updated_at,"
                + " company_id, status, emdn_code, website, legislation, risk_class, ce_status, notified_body_number,"
                + " notified_body_name, certificate_number, certificate_expiry, basic_udi_di, trl, nice_tier,"
                + " published_at, archived_at, archive_reason, sus_kg_co2e, sus_declared_unit, sus_method,"
                + " sus_reference_year, sus_third_party_verified, sus_recyclable_percent, sus_reusable, sus_take_back,"
                + " sus_packaging, sus_energy_kwh_per_year)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement text = c.prepareStatement("INSERT INTO product_text (product_id, language, name,"
                     + " description, intended_purpose) VALUES (?,?,?,?,?)");
             PreparedStatement cpv = c.prepareStatement("INSERT INTO product_cpv (product_id, code) VALUES (?,?)");
             PreparedStatement interop = c.prepareStatement(
                     "INSERT INTO product_interoperability (product_id, standard) VALUES (?,?)");
             PreparedStatement evidence = c.prepareStatement("INSERT INTO evidence_item (id, version, created_at,"
                     + " updated_at, product_id, kind, design, population, title, summary, language, reference,"
                     + " verification, verified_by, verifier_org, verified_at, return_reason)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            List<PreparedStatement> all = List.of(product, text, cpv, interop, evidence);
            for (int i = 0; i < count; i++) {
                product(companies.get(random.nextInt(companies.size())), i, product, text, cpv, interop, evidence);
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    for (PreparedStatement statement : all) {
                        statement.executeBatch();
                    }
                    c.commit();
                }
            }
        }
    }

    private List<Company> companies(Connection c, int count) throws SQLException {
        List<Company> companies = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO organisation (id, version, created_at,"
                + " updated_at, kind, name, vat_number, city, website, email, cluster_member, description_eu,"
                + " description_es, description_en) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            String[] cities = {"Bilbao", "Donostia", "Vitoria-Gasteiz", "Pamplona", "Eibar", "Getxo", "Irun",
                "Durango", "Arrasate", "Barakaldo"};
            for (int i = 0; i < count; i++) {
                String root = Vocabulary.COMPANY_ROOTS.get(i % Vocabulary.COMPANY_ROOTS.size());
                String kind = Vocabulary.COMPANY_KINDS.get((i / Vocabulary.COMPANY_ROOTS.size())
                        % Vocabulary.COMPANY_KINDS.size());
                String name = root + " " + kind + " " + Vocabulary.LEGAL_FORMS.get(i % 3);
                long id = nextId++;
                boolean cluster = random.nextInt(100) < 60;
                String slug = (root + "-" + kind).toLowerCase(Locale.ROOT).replace(' ', '-');
                insert.setLong(1, id);
                insert.setLong(2, 0);
                insert.setObject(3, NOW.minusDays(900));
                insert.setObject(4, NOW.minusDays(900));
                insert.setString(5, "COMPANY");
                insert.setString(6, name);
                insert.setString(7, String.format(Locale.ROOT, "B%08d", 95000000 + i));
                insert.setString(8, cities[i % cities.length]);
                insert.setString(9, "https://" + slug + ".example.eus");
                insert.setString(10, "info@" + slug + ".example.eus");
                insert.setBoolean(11, cluster);
                insert.setString(12, name + " osasun-teknologiako enpresa bat da.");
                insert.setString(13, name + " es una empresa de tecnología sanitaria.");
                insert.setString(14, name + " is a health-technology company.");
                insert.addBatch();
                companies.add(new Company(id, name, root, cluster));
            }
            insert.executeBatch();
        }
        return companies;
    }

    private void product(Company company, int n, PreparedStatement product, PreparedStatement text,
                         PreparedStatement cpv, PreparedStatement interop, PreparedStatement evidence)
            throws SQLException {
        long id = nextId++;
        DeviceType type = Vocabulary.TYPES.get(random.nextInt(Vocabulary.TYPES.size()));
        String prefix = type.emdnPrefixes().get(random.nextInt(type.emdnPrefixes().size()));
        List<String> codes = codesByPrefix.get(prefix);
        String emdn = codes.get(random.nextInt(codes.size()));
        int roll = random.nextInt(100);
        String status = roll < 90 ? "PUBLISHED" : roll < 97 ? "DRAFT" : "ARCHIVED";
        OffsetDateTime created = NOW.minusMinutes(random.nextInt(60 * 24 * 700));
        OffsetDateTime updated = created.plusMinutes(random.nextInt(60 * 24 * 30));

        String riskClass = riskClass(type);
        boolean needsBody = !riskClass.equals("I") && !riskClass.equals("IVD_A");
        int ceRoll = random.nextInt(100);
        String ce = ceRoll < 78 ? "CE_MARKED" : ceRoll < 90 ? "IN_ASSESSMENT" : "NOT_MARKED";
        String[] body = needsBody && !ce.equals("NOT_MARKED")
                ? Vocabulary.NOTIFIED_BODIES.get(random.nextInt(Vocabulary.NOTIFIED_BODIES.size())) : null;
        LocalDate expiry = ce.equals("CE_MARKED") && needsBody ? TODAY.plusDays(random.nextInt(1800) - 200) : null;
        String model = model(n);
        String brand = company.brand() + " " + model;

        int i = 1;
        product.setLong(i++, id);
        product.setLong(i++, random.nextInt(4));
        product.setObject(i++, created);
        product.setObject(i++, updated);
        product.setLong(i++, company.id());
        product.setString(i++, status);
        product.setString(i++, emdn);
        product.setString(i++, "https://" + company.brand().toLowerCase(Locale.ROOT) + ".example.eus/p/" + id);
        product.setString(i++, type.ivd() ? "IVDR" : "MDR");
        product.setString(i++, riskClass);
        product.setString(i++, ce);
        product.setString(i++, body == null ? null : body[0]);
        product.setString(i++, body == null ? null : body[1]);
        product.setString(i++, body == null ? null : String.format(Locale.ROOT, "CE %06d Rev. %d", n, random.nextInt(4)));
        product.setObject(i++, expiry, Types.DATE);
        product.setString(i++, String.format(Locale.ROOT, "84370%010d%s", n, model.substring(0, 2).toUpperCase(Locale.ROOT)));
        product.setInt(i++, 3 + random.nextInt(7));
        product.setString(i++, random.nextInt(3) == 0 ? null : String.valueOf("ABC".charAt(random.nextInt(3))));
        product.setObject(i++, status.equals("DRAFT") ? null : updated);
        product.setObject(i++, status.equals("ARCHIVED") ? updated.plusDays(10) : null);
        product.setString(i++, status.equals("ARCHIVED") ? "Replaced by a newer model" : null);
        boolean declares = random.nextInt(100) < 65;
        product.setBigDecimal(i++, declares ? footprint() : null);
        product.setString(i++, declares ? type.declaredUnit() : null);
        product.setString(i++, declares ? List.of("ISO_14067", "EPD_EN_15804", "EPD_ISO_14025", "PACT", "OTHER")
                .get(random.nextInt(5)) : null);
        product.setObject(i++, declares ? 2021 + random.nextInt(5) : null, Types.INTEGER);
        product.setObject(i++, declares ? random.nextInt(100) < 35 : null, Types.BOOLEAN);
        product.setObject(i++, random.nextInt(100) < 70 ? random.nextInt(101) : null, Types.INTEGER);
        product.setObject(i++, random.nextBoolean(), Types.BOOLEAN);
        product.setObject(i++, random.nextInt(100) < 30, Types.BOOLEAN);
        product.setString(i++, random.nextBoolean() ? "recycled cardboard, no plastic blister" : null);
        product.setBigDecimal(i++, type.digital() ? BigDecimal.valueOf(random.nextInt(4000), 1) : null);
        product.addBatch();

        // Spanish almost always, English and Basque often; at least one language.
        boolean es = random.nextInt(100) < 95;
        boolean en = random.nextInt(100) < 85;
        boolean eu = random.nextInt(100) < 70 || !(es || en);
        Tri qualifier = Vocabulary.QUALIFIERS.get(random.nextInt(Vocabulary.QUALIFIERS.size()));
        Tri setting = Vocabulary.SETTINGS.get(random.nextInt(Vocabulary.SETTINGS.size()));
        Tri f1 = Vocabulary.FEATURES.get(random.nextInt(Vocabulary.FEATURES.size()));
        Tri f2 = Vocabulary.FEATURES.get(random.nextInt(Vocabulary.FEATURES.size()));
        for (String language : List.of("eu", "es", "en")) {
            if (language.equals("eu") && !eu || language.equals("es") && !es || language.equals("en") && !en) {
                continue;
            }
            String typeName = type.name().in(language);
            String q = qualifier.in(language);
            String name = brand + " – " + (q.isEmpty() ? typeName : language.equals("en") ? q + " " + typeName
                    : typeName + " " + q);
            text.setLong(1, id);
            text.setString(2, language.toUpperCase(Locale.ROOT)); // the Language enum's name
            text.setString(3, truncate(name, 200));
            text.setString(4, description(language, brand, typeName, type.focus().in(language), setting.in(language),
                    f1.in(language), f2.in(language), company.name()));
            text.setString(5, purpose(language, typeName, type.focus().in(language)));
            text.addBatch();
        }

        Set<String> cpvCodes = new LinkedHashSet<>();
        for (int k = 1 + random.nextInt(2); k > 0; k--) {
            cpvCodes.add(Vocabulary.CPV.get(random.nextInt(Vocabulary.CPV.size())));
        }
        for (String code : cpvCodes) {
            cpv.setLong(1, id);
            cpv.setString(2, code);
            cpv.addBatch();
        }
        if (type.digital() || random.nextInt(100) < 10) {
            Set<String> standards = new LinkedHashSet<>();
            List<String> all = List.of("HL7_FHIR", "HL7_V2", "HL7_CDA", "DICOM", "IHE_XDS", "IHE_PCD", "SNOMED_CT",
                    "LOINC", "ISO_IEEE_11073");
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                standards.add(all.get(random.nextInt(all.size())));
            }
            for (String standard : standards) {
                interop.setLong(1, id);
                interop.setString(2, standard);
                interop.addBatch();
            }
        }
        int items = random.nextInt(100) < 20 ? 0 : 1 + random.nextInt(random.nextInt(100) < 70 ? 2 : 4);
        for (int k = 0; k < items; k++) {
            evidenceItem(evidence, id, type, created);
        }
    }

    private void evidenceItem(PreparedStatement evidence, long productId, DeviceType type, OffsetDateTime created)
            throws SQLException {
        String[] kinds = {"CLINICAL_OUTCOME", "CLINICAL_OUTCOME", "ECONOMIC", "REAL_WORLD", "PRE_CLINICAL", "USABILITY",
            "OTHER"};
        String[] designs = {"RCT", "NON_RANDOMISED_COMPARATIVE", "NON_RANDOMISED_COMPARATIVE", "REAL_WORLD_DATA",
            "NON_COMPARATIVE", "NON_COMPARATIVE", "CASE_SERIES", "EXPERT_OPINION"};
        String language = List.of("en", "en", "es", "eu").get(random.nextInt(4));
        int verificationRoll = random.nextInt(100);
        String verification = verificationRoll < 25 ? "VERIFIED" : verificationRoll < 30 ? "RETURNED" : "SELF_DECLARED";
        OffsetDateTime at = created.plusDays(1 + random.nextInt(60));
        Tri title = Vocabulary.EVIDENCE_TITLES.get(random.nextInt(Vocabulary.EVIDENCE_TITLES.size()));
        int i = 1;
        evidence.setLong(i++, nextId++);
        evidence.setLong(i++, 0);
        evidence.setObject(i++, at);
        evidence.setObject(i++, at);
        evidence.setLong(i++, productId);
        evidence.setString(i++, kinds[random.nextInt(kinds.length)]);
        evidence.setString(i++, designs[random.nextInt(designs.length)]);
        evidence.setObject(i++, 20 + random.nextInt(3000), Types.INTEGER);
        evidence.setString(i++, title.in(language) + ": " + type.name().in(language) + " " + type.focus().in(language));
        evidence.setString(i++, title.in(language) + ". " + type.focus().in(language) + ".");
        evidence.setString(i++, language);
        evidence.setString(i++, "https://doi.org/10.1000/bench." + productId);
        evidence.setString(i++, verification);
        evidence.setString(i++, verification.equals("SELF_DECLARED") ? null : "Evaluator " + random.nextInt(20));
        evidence.setString(i++, verification.equals("SELF_DECLARED") ? null : "Osakidetza HTA unit (synthetic)");
        evidence.setObject(i++, verification.equals("SELF_DECLARED") ? null : at.plusDays(20));
        evidence.setString(i++, verification.equals("RETURNED") ? "The reference does not support the claim" : null);
        evidence.addBatch();
    }

    private String riskClass(DeviceType type) {
        if (type.ivd()) {
            return List.of("IVD_A", "IVD_B", "IVD_B", "IVD_C", "IVD_D").get(random.nextInt(5));
        }
        return List.of("I", "I", "IS", "IM", "IIA", "IIA", "IIA", "IIB", "IIB", "III").get(random.nextInt(10));
    }

    /** Log-uniform from 0.01 to 1,000 kg CO2e, so that every carbon band is populated. */
    private BigDecimal footprint() {
        return BigDecimal.valueOf(Math.pow(10, -2 + 5 * random.nextDouble())).setScale(3, RoundingMode.HALF_UP);
    }

    private String model(int n) {
        String[] names = {"Flow", "Care", "Patch", "Vita", "Sense", "Guard", "Pulse", "Neo", "Lumen", "Aero", "Kardio",
            "Ortho", "Derma", "Clear", "Smart"};
        return names[random.nextInt(names.length)] + " " + (char) ('A' + n % 26) + (1 + random.nextInt(30));
    }

    private static String description(String language, String brand, String type, String focus, String setting,
                                      String f1, String f2, String company) {
        return switch (language) {
            case "eu" -> String.format("%s: %s, %s, %s. Gailuak %s eta %s. %s enpresak garatua eta Euskadin "
                    + "ekoiztua.", brand, type, focus, setting, f1, f2, company);
            case "es" -> String.format("%s: %s %s, %s. El dispositivo %s y %s. Desarrollado y fabricado en Euskadi "
                    + "por %s.", brand, type, focus, setting, f1, f2, company);
            default -> String.format("%s: %s %s, %s. The device %s and %s. Developed and manufactured in the Basque "
                    + "Country by %s.", brand, type, focus, setting, f1, f2, company);
        };
    }

    private static String purpose(String language, String type, String focus) {
        return switch (language) {
            case "eu" -> "Osasun-profesionalek erabiltzeko " + type + ", " + focus + ".";
            case "es" -> type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1) + " " + focus
                    + ", para uso por profesionales sanitarios.";
            default -> type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1) + " " + focus
                    + ", for use by healthcare professionals.";
        };
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
