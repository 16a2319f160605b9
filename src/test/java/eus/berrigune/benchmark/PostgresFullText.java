package eus.berrigune.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison: the same searches as PostgreSQL full-text search on the same catalogue. A side table
 * ({@code bench_fts}, in the benchmark database only, never in the application's migrations) holds per product a
 * weighted {@code tsvector} (Spanish and English stemmed, Basque, company, EMDN terms and codes as simple words)
 * with a GIN index, and the facet values as columns. Each search is two statements on one connection: the top
 * results ranked with {@code ts_rank} (with the total), then the facet counts by {@code GROUP BY}, one per
 * dimension, over the same matches.
 *
 * <p>Kinder to PostgreSQL than the Lucene engine is to itself: no typo tolerance, no Basque stemming, and each
 * dimension counted with every selection applied (drill-down) rather than with the other dimensions' only
 * (drill-sideways, which needs one more pass per selected dimension).
 */
final class PostgresFullText {

    private static final Map<String, String> SCALAR_FACETS = new LinkedHashMap<>();
    private static final Map<String, String> ARRAY_FACETS = new LinkedHashMap<>();

    static {
        SCALAR_FACETS.put("risk", "risk");
        SCALAR_FACETS.put("ce", "ce");
        SCALAR_FACETS.put("evidence", "evidence");
        SCALAR_FACETS.put("verified", "verified");
        SCALAR_FACETS.put("trl", "trl");
        SCALAR_FACETS.put("co2", "co2");
        SCALAR_FACETS.put("takeback", "takeback");
        SCALAR_FACETS.put("local", "local");
        SCALAR_FACETS.put("emdn1", "emdn1");
        ARRAY_FACETS.put("interop", "interops");
        ARRAY_FACETS.put("lang", "langs");
    }

    private PostgresFullText() {}

    /** Creates the side table from the catalogue unless it is there for this catalogue already. */
    static void prepare(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT (SELECT count(*) FROM bench_fts), (SELECT count(*) FROM product)")) {
                if (rs.next() && rs.getLong(1) > 0 && rs.getLong(1) == rs.getLong(2)) {
                    return; // built for this catalogue already
                }
            } catch (SQLException missing) {
                c.rollback();
            }
            long started = System.nanoTime();
            s.execute("CREATE TABLE IF NOT EXISTS bench_emdn (code VARCHAR(16) PRIMARY KEY, term TEXT NOT NULL)");
            s.execute("TRUNCATE bench_emdn");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_emdn VALUES (?, ?)");
                 BufferedReader in = new BufferedReader(new InputStreamReader(
                         PostgresFullText.class.getResourceAsStream("/reference/emdn/EMDN-V2.tsv"),
                         StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    String[] cols = line.split("\t");
                    if (cols.length >= 4 && cols[2].trim().matches("[A-Z][0-9]*") && !cols[2].isBlank()) {
                        insert.setString(1, cols[2].trim());
                        insert.setString(2, cols[3].trim());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            s.execute("DROP TABLE IF EXISTS bench_fts");
            s.execute("""
                    CREATE TABLE bench_fts AS
                    WITH p AS (
                      SELECT p.*, ARRAY(SELECT left(p.emdn_code, n) FROM unnest(ARRAY[1,3,5,7,9,11,13]) n
                                        WHERE n <= length(p.emdn_code)) AS emdn_path
                      FROM product p)
                    SELECT p.id AS product_id, p.status, p.company_id,
                      setweight(to_tsvector('spanish', coalesce(es.name, '')), 'A')
                      || setweight(to_tsvector('english', coalesce(en.name, '')), 'A')
                      || setweight(to_tsvector('simple', coalesce(eu.name, '')), 'A')
                      || to_tsvector('spanish', coalesce(es.description, '') || ' ' || coalesce(es.intended_purpose, ''))
                      || to_tsvector('english', coalesce(en.description, '') || ' ' || coalesce(en.intended_purpose, ''))
                      || to_tsvector('simple', coalesce(eu.description, '') || ' ' || coalesce(eu.intended_purpose, ''))
                      || to_tsvector('simple', o.name || ' ' || array_to_string(p.emdn_path, ' ') || ' '
                           || coalesce(p.basic_udi_di, '') || ' ' || coalesce(p.notified_body_number, '') || ' '
                           || coalesce((SELECT string_agg(c.code, ' ') FROM product_cpv c WHERE c.product_id = p.id), ''))
                      || to_tsvector('english', coalesce((SELECT string_agg(t.term, ' ') FROM bench_emdn t
                                                          WHERE t.code = ANY(p.emdn_path)), ''))
                        AS doc,
                      coalesce(es.name, en.name, eu.name) AS name,
                      o.name AS company_name, p.emdn_code, p.emdn_path, left(p.emdn_code, 1) AS emdn1,
                      p.risk_class AS risk,
                      CASE WHEN p.ce_status = 'CE_MARKED' THEN
                             CASE WHEN p.certificate_expiry < current_date THEN 'EXPIRED' ELSE 'VALID' END
                           ELSE coalesce(p.ce_status, 'NOT_STATED') END AS ce,
                      ev.level AS evidence_rank,
                      (ARRAY['NONE','EMERGING','PRELIMINARY','COMPARATIVE','RANDOMISED'])[ev.level + 1] AS evidence,
                      CASE WHEN ev.verified > 0 THEN 'yes' ELSE 'no' END AS verified,
                      CASE WHEN p.trl IS NULL THEN NULL WHEN p.trl <= 3 THEN '1-3' WHEN p.trl <= 6 THEN '4-6'
                           ELSE '7-9' END AS trl,
                      CASE WHEN p.sus_kg_co2e IS NULL THEN NULL WHEN p.sus_kg_co2e < 1 THEN 'lt1'
                           WHEN p.sus_kg_co2e < 10 THEN '1-10' WHEN p.sus_kg_co2e < 100 THEN '10-100'
                           ELSE 'ge100' END AS co2,
                      p.sus_kg_co2e AS kg,
                      CASE WHEN coalesce(p.sus_take_back, false) THEN 'yes' ELSE 'no' END AS takeback,
                      CASE WHEN o.cluster_member THEN 'yes' ELSE 'no' END AS local,
                      ARRAY(SELECT lower(language)::text FROM product_text t WHERE t.product_id = p.id) AS langs,
                      ARRAY(SELECT standard::text FROM product_interoperability i WHERE i.product_id = p.id) AS interops,
                      p.updated_at AS updated
                    FROM p
                    JOIN organisation o ON o.id = p.company_id
                    LEFT JOIN product_text es ON es.product_id = p.id AND es.language = 'ES'
                    LEFT JOIN product_text en ON en.product_id = p.id AND en.language = 'EN'
                    LEFT JOIN product_text eu ON eu.product_id = p.id AND eu.language = 'EU'
                    LEFT JOIN LATERAL (
                      SELECT coalesce(max(CASE WHEN e.verification = 'RETURNED' THEN 0
                                          WHEN e.kind = 'PRE_CLINICAL' THEN 1
                                          WHEN e.design = 'RCT' THEN 4
                                          WHEN e.design IN ('NON_RANDOMISED_COMPARATIVE', 'REAL_WORLD_DATA') THEN 3
                                          WHEN e.design IN ('NON_COMPARATIVE', 'CASE_SERIES') THEN 2
                                          ELSE 1 END), 0) AS level,
                             count(*) FILTER (WHERE e.verification = 'VERIFIED') AS verified
                      FROM evidence_item e WHERE e.product_id = p.id) ev ON true
                    """);
            s.execute("ALTER TABLE bench_fts ADD PRIMARY KEY (product_id)");
            s.execute("CREATE INDEX ix_bench_fts_doc ON bench_fts USING GIN (doc)");
            s.execute("CREATE INDEX ix_bench_fts_path ON bench_fts USING GIN (emdn_path)");
            s.execute("ANALYZE bench_fts");
            c.commit();
            System.out.printf(Locale.ROOT, "PostgreSQL full-text side table built in %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** Runs one search: 20 ranked results with the total, then the facet counts; returns the total. */
    static long search(Connection c, BenchmarkQueries.Query query) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("f.status = 'PUBLISHED'");
        boolean text = !query.text().isEmpty();
        String tsQuery = "(websearch_to_tsquery('spanish', ?) || websearch_to_tsquery('english', ?)"
                + " || websearch_to_tsquery('simple', lower(?)))";
        if (text) {
            where.append(" AND f.doc @@ ").append(tsQuery);
            params.add(query.text());
            params.add(query.text());
            params.add(query.text());
        }
        if (query.emdn() != null) {
            where.append(" AND f.emdn_path @> ARRAY[?]::text[]");
            params.add(query.emdn());
        }
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (String facet : query.facets()) {
            int colon = facet.indexOf(':');
            selected.computeIfAbsent(facet.substring(0, colon), k -> new ArrayList<>()).add(facet.substring(colon + 1));
        }
        for (Map.Entry<String, List<String>> e : selected.entrySet()) {
            String column = SCALAR_FACETS.get(e.getKey());
            if (column != null) {
                where.append(" AND f.").append(column).append(" = ANY(?)");
            } else {
                where.append(" AND f.").append(ARRAY_FACETS.get(e.getKey())).append(" && ?");
            }
            params.add(e.getValue().toArray(String[]::new));
        }
        String rank = text ? "ts_rank(f.doc, " + tsQuery + ")" : "0";
        String order = switch (query.sort()) {
            case "EVIDENCE" -> "f.evidence_rank DESC, r DESC";
            case "CARBON" -> "f.kg ASC NULLS LAST, r DESC";
            case "UPDATED" -> "f.updated DESC";
            default -> "r DESC, f.product_id";
        };
        long total = 0;
        try (PreparedStatement top = c.prepareStatement("SELECT f.product_id, f.name, f.company_name, f.emdn_code, f.risk,"
                + " f.evidence, f.kg, " + rank + " AS r, count(*) OVER () AS total FROM bench_fts f WHERE " + where
                + " ORDER BY " + order + " LIMIT 20 OFFSET " + query.page() * 20)) {
            int i = 1;
            if (text) {
                for (int k = 0; k < 3; k++) {
                    top.setString(i++, query.text());
                }
            }
            i = bind(c, top, params, i);
            try (ResultSet rs = top.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong("total");
                }
            }
        }
        StringBuilder facets = new StringBuilder("WITH m AS MATERIALIZED (SELECT * FROM bench_fts f WHERE ")
                .append(where).append(")");
        String union = "";
        for (String column : SCALAR_FACETS.values()) {
            facets.append(union).append(" SELECT '").append(column).append("' AS d, ").append(column)
                    .append(" AS v, count(*) AS n FROM m GROUP BY ").append(column);
            union = " UNION ALL";
        }
        for (String column : ARRAY_FACETS.values()) {
            facets.append(" UNION ALL SELECT '").append(column).append("', v, count(*) FROM m, unnest(m.")
                    .append(column).append(") v GROUP BY v");
        }
        try (PreparedStatement counts = c.prepareStatement(facets.toString())) {
            bind(c, counts, params, 1);
            try (ResultSet rs = counts.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(3);
                }
            }
        }
        return total;
    }

    private static int bind(Connection c, PreparedStatement statement, List<Object> params, int from)
            throws SQLException {
        int i = from;
        for (Object p : params) {
            if (p instanceof String[] values) {
                statement.setArray(i++, c.createArrayOf("text", values));
            } else {
                statement.setString(i++, (String) p);
            }
        }
        return i;
    }
}
