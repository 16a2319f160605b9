package eus.berrigune.reliability;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Products;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The "nothing lost" harness of issue 6 (profile {@code reliability}, docs/reliability.md). On a PostgreSQL cluster
 * and a Liberty server of its own:
 *
 * <ol>
 *   <li><b>Database restart under load</b>: writers create drafts through the API with idempotency keys (retrying
 *       with the same key on 503, 409, 5xx or a broken connection) while PostgreSQL is restarted ({@code -m fast}) and
 *       crashed ({@code -m immediate}); a reader searches meanwhile; raw JDBC writers with the same naive retry run in
 *       the same windows as the baseline.
 *   <li><b>Server crash</b>: {@code kill -9} of the Liberty JVM at random moments of uploads and publications,
 *       restart, and the same clients retrying with their keys.
 *   <li><b>Backup and restore</b>: {@code src/main/scripts/backup.sh} and {@code restore.sh} into a scratch
 *       database; row counts per table and the audit chain compared.
 * </ol>
 *
 * Prints the figures and exits non-zero if anything acknowledged is lost or duplicated, any 500 was answered, an
 * outage answer lacked Retry-After, a search failed during an outage, the service took more than 5 s to come back,
 * or the restore differs.
 */
public final class ReliabilityHarness {

    private static final long RETRY_MILLIS = 250;
    private static final String APP_DB = "berrigune_rel";
    private static final String BASELINE_DB = "berrigune_baseline";

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final long t0 = System.nanoTime();
    private final Random random = new Random(Long.getLong("reliability.seed", System.currentTimeMillis()));

    private PrivateCluster cluster;
    private LibertyServer server;

    public static void main(String[] args) throws Exception {
        ReliabilityHarness harness = new ReliabilityHarness();
        int exit = harness.run();
        System.exit(exit);
    }

    int run() throws Exception {
        int pgPort = Integer.getInteger("reliability.pg.port", 55491);
        int httpPort = Integer.getInteger("reliability.http.port", 9380);
        Path wlp = Path.of(System.getProperty("reliability.wlp"));
        String serverName = System.getProperty("reliability.server.name", "reliabilityServer");
        Path output = Path.of(System.getProperty("reliability.output.dir", "target/reliability"));
        Files.createDirectories(output);
        log("seed " + Long.getLong("reliability.seed", -1L) + "; load average at start: " + loadAverage());
        figures.put("load average at start", loadAverage());
        try (PrivateCluster pg = PrivateCluster.start(pgPort)) {
            cluster = pg;
            pg.createDatabase(APP_DB);
            pg.createDatabase(BASELINE_DB);
            server = new LibertyServer(wlp, serverName, URI.create("http://localhost:" + httpPort + "/"));
            Thread cleanup = new Thread(() -> {
                server.stop();
                pg.close();
            }, "cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            log("PostgreSQL " + pg.jdbcUrl(APP_DB) + " up; starting Liberty " + serverName);
            figures.put("server start (s)", round(server.start()));
            try {
                Actors actors = new Actors(server.base);
                databaseRestartUnderLoad(actors);
                serverCrash(actors);
                server.stop();
                backupAndRestore(output);
            } catch (Exception | AssertionError e) {
                failures.add("the harness failed: " + e);
                e.printStackTrace();
            } finally {
                server.stop();
            }
        }
        figures.put("load average at end", loadAverage());
        StringBuilder report = new StringBuilder("\n== Reliability harness figures\n");
        figures.forEach((k, v) -> report.append(String.format("  %-62s %s%n", k, v)));
        report.append(failures.isEmpty() ? "== PASS\n" : "== FAIL\n");
        failures.forEach(f -> report.append("  - ").append(f).append('\n'));
        System.out.print(report);
        Files.writeString(output.resolve("figures.txt"), report.toString());
        return failures.isEmpty() ? 0 : 1;
    }

    // ---------------------------------------------------------------------------------------------------------
    // 1. Database restart under load

    private void databaseRestartUnderLoad(Actors actors) throws Exception {
        int writers = Integer.getInteger("reliability.writers", 4);
        long company = actors.organisation("COMPANY", "Reliability Company " + UUID.randomUUID());
        Actor publisher = actors.user(company, "SUPPLIER");
        for (int i = 0; i < 5; i++) {
            Products.published(publisher, "Kardio monitor " + i);
        }
        try (Connection c = cluster.connect(BASELINE_DB)) {
            c.createStatement().execute("CREATE TABLE baseline_write (seq BIGSERIAL PRIMARY KEY, name TEXT NOT NULL)");
        }

        AtomicBoolean stop = new AtomicBoolean();
        ApiWrites api = new ApiWrites();
        JdbcWrites jdbc = new JdbcWrites();
        Searches searches = new Searches();
        List<Thread> threads = new ArrayList<>();
        List<Actor> suppliers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Actor supplier = actors.user(company, "SUPPLIER");
            suppliers.add(supplier);
            int n = i;
            threads.add(started("api-writer-" + i, () -> api.loop(n, supplier.api(), stop)));
            threads.add(started("jdbc-writer-" + i, () -> jdbc.loop(n, stop)));
        }
        Api anonymous = Api.anonymous(server.base);
        threads.add(started("searcher", () -> searches.loop(anonymous, stop)));

        LibertyServer.sleep(5000);
        Outage fast = new Outage("restart -m fast");
        fast.down = now();
        cluster.restartFast();
        fast.up = awaitAccepting();
        log(fast.toString());
        LibertyServer.sleep(8000);
        Outage crash = new Outage("crash -m immediate (down 5 s), start");
        crash.down = now();
        cluster.crash();
        LibertyServer.sleep(5000);
        cluster.startServer();
        crash.up = awaitAccepting();
        log(crash.toString());
        LibertyServer.sleep(8000);
        stop.set(true);
        for (Thread t : threads) {
            t.join(180_000);
        }
        List<Outage> outages = List.of(fast, crash);

        // what the API acknowledged, against the database
        Map<String, Integer> stored = new TreeMap<>();
        try (Connection c = cluster.connect(APP_DB);
                PreparedStatement q = c.prepareStatement("SELECT t.name, count(DISTINCT p.id) FROM product p"
                        + " JOIN product_text t ON t.product_id = p.id WHERE t.name LIKE 'rel-api-%' GROUP BY t.name")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        long apiLost = api.acknowledged.keySet().stream().filter(n -> !stored.containsKey(n)).count();
        long apiDuplicated = stored.values().stream().filter(count -> count > 1).count();
        Map<String, Integer> baseline = new TreeMap<>();
        try (Connection c = cluster.connect(BASELINE_DB);
                ResultSet rs = c.createStatement().executeQuery("SELECT name, count(*) FROM baseline_write GROUP BY name")) {
            while (rs.next()) {
                baseline.put(rs.getString(1), rs.getInt(2));
            }
        }
        long jdbcLost = jdbc.acknowledged.stream().filter(n -> !baseline.containsKey(n)).count();
        long jdbcDuplicated = baseline.values().stream().filter(count -> count > 1).count();

        double recovery = 0;
        for (Outage outage : outages) {
            Long firstAfter = api.successes.stream().filter(t -> t >= outage.up).min(Long::compare).orElse(null);
            double seconds = firstAfter == null ? Double.POSITIVE_INFINITY : (firstAfter - outage.up) / 1e9;
            recovery = Math.max(recovery, seconds);
            figures.put("outage '" + outage.name + "': database down (s)", round((outage.up - outage.down) / 1e9));
            figures.put("outage '" + outage.name + "': API write back after (s)", round(seconds));
            // a search "during" the outage is one whose request overlapped it (sent before the database was back,
            // answered after it went down); failures are counted until 5 s after
            List<long[]> during = searches.results.stream()
                    .filter(r -> r[0] <= outage.up && r[0] + r[2] >= outage.down).toList();
            long searchesFailedDuring = searches.results.stream()
                    .filter(r -> r[0] + r[2] >= outage.down && r[0] <= outage.up + 5_000_000_000L && r[1] != 200)
                    .count();
            long slowest = during.stream().mapToLong(r -> r[2]).max().orElse(0);
            List<long[]> writesDuring = api.calls.stream()
                    .filter(r -> r[0] <= outage.up && r[0] + r[2] >= outage.down).toList();
            figures.put("outage '" + outage.name + "': API writes overlapping it: 201 / 503 / other / slowest (s)",
                    writesDuring.stream().filter(r -> r[1] == 201).count() + " / "
                            + writesDuring.stream().filter(r -> r[1] == 503).count() + " / "
                            + writesDuring.stream().filter(r -> r[1] != 201 && r[1] != 503).count() + " / "
                            + round(writesDuring.stream().mapToLong(r -> r[2]).max().orElse(0) / 1e9));
            figures.put("outage '" + outage.name + "': searches overlapping it / failed (incl. 5 s after) / slowest (s)",
                    during.size() + " / " + searchesFailedDuring + " / " + round(slowest / 1e9));
            if (searchesFailedDuring > 0) {
                failures.add(searchesFailedDuring + " searches failed during or just after outage '" + outage.name + "'");
            }
        }
        figures.put("API writes attempted (distinct keys)", api.attempted.get());
        figures.put("API requests sent (with retries)", api.requests.get());
        figures.put("API writes acknowledged", api.acknowledged.size());
        figures.put("API acknowledged writes lost", apiLost);
        figures.put("API writes duplicated", apiDuplicated);
        figures.put("API writes never acknowledged (gave up)", api.gaveUp.get());
        figures.put("API answers by status", new TreeMap<>(api.statuses));
        figures.put("API 503 without Retry-After", api.missingRetryAfter.get());
        figures.put("API connection errors", api.ioErrors.get());
        figures.put("API replayed answers (Idempotent-Replayed)", api.replayed.get());
        figures.put("API recovery after the database is back, worst (s)", round(recovery));
        figures.put("searches answered / failed (whole run)", searches.results.stream().filter(r -> r[1] == 200).count()
                + " / " + searches.results.stream().filter(r -> r[1] != 200).count());
        figures.put("home page answers by status (anonymous, same reader)", new TreeMap<>(searches.pages));
        searches.pages.forEach((status, count) -> {
            if (!status.equals("200") && !status.equals("503")) {
                failures.add(count + " home page answers " + status);
            }
        });
        figures.put("JDBC baseline writes attempted", jdbc.attempted.get());
        figures.put("JDBC baseline writes acknowledged", jdbc.acknowledged.size());
        figures.put("JDBC baseline acknowledged writes lost", jdbcLost);
        figures.put("JDBC baseline writes duplicated (naive retry)", jdbcDuplicated);
        figures.put("JDBC baseline errors seen by clients", jdbc.errors.get());

        if (apiLost > 0) {
            failures.add(apiLost + " acknowledged API writes lost");
        }
        if (apiDuplicated > 0) {
            failures.add(apiDuplicated + " API writes duplicated");
        }
        int fiveHundreds = api.statuses.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToInt(Map.Entry::getValue).sum();
        if (fiveHundreds > 0) {
            failures.add(fiveHundreds + " API answers 5xx other than 503 during the database outages");
        }
        if (api.missingRetryAfter.get() > 0) {
            failures.add(api.missingRetryAfter.get() + " 503 answers without Retry-After");
        }
        if (api.gaveUp.get() > 0) {
            failures.add(api.gaveUp.get() + " API writes never acknowledged");
        }
        if (recovery > 5.0) {
            failures.add("the API took " + round(recovery) + " s (> 5 s) to write again after the database was back");
        }
        if (api.statuses.getOrDefault(503, 0) == 0) {
            failures.add("no 503 seen: the outages did not reach the API (check the timeline)");
        }
    }

    private long awaitAccepting() {
        while (!cluster.accepting(APP_DB)) {
            LibertyServer.sleep(20);
        }
        return now();
    }

    private final class ApiWrites {
        final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> successes = new ConcurrentLinkedQueue<>();
        /** [sent at, status, duration] per request (nanoseconds). */
        final ConcurrentLinkedQueue<long[]> calls = new ConcurrentLinkedQueue<>();
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final AtomicInteger attempted = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger missingRetryAfter = new AtomicInteger();
        final AtomicInteger ioErrors = new AtomicInteger();
        final AtomicInteger replayed = new AtomicInteger();
        final AtomicInteger gaveUp = new AtomicInteger();

        void loop(int writer, Api supplier, AtomicBoolean stop) {
            for (int seq = 0; !stop.get(); seq++) {
                String name = "rel-api-" + writer + "-" + seq;
                Api once = supplier.withHeader("Idempotency-Key", UUID.randomUUID().toString());
                JsonObject draft = Products.incomplete(name);
                attempted.incrementAndGet();
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (true) {
                    requests.incrementAndGet();
                    Api.Response response;
                    long sent = now();
                    try {
                        response = once.post("/api/v1/products", draft);
                    } catch (UncheckedIOException e) {
                        ioErrors.incrementAndGet();
                        if (System.nanoTime() > deadline) {
                            gaveUp.incrementAndGet();
                            break;
                        }
                        LibertyServer.sleep(RETRY_MILLIS);
                        continue;
                    }
                    int status = response.status();
                    statuses.merge(status, 1, Integer::sum);
                    calls.add(new long[] {sent, status, now() - sent});
                    if (status == 201) {
                        acknowledged.put(name, response.locationId());
                        successes.add(now());
                        if ("true".equals(response.header("Idempotent-Replayed"))) {
                            replayed.incrementAndGet();
                        }
                        break;
                    }
                    if (status == 503 && response.header("Retry-After") == null) {
                        missingRetryAfter.incrementAndGet();
                    }
                    if (status >= 500 && status != 503) {
                        log("API answered " + status + ": " + response.text());
                    }
                    if (status < 500 && status != 409 || System.nanoTime() > deadline) {
                        log("API write " + name + " given up after " + status + ": " + response.text());
                        gaveUp.incrementAndGet();
                        break;
                    }
                    LibertyServer.sleep(RETRY_MILLIS);
                }
            }
        }
    }

    /** The baseline: the same loop straight to the database, retrying a failed INSERT as a naive client does. */
    private final class JdbcWrites {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final AtomicInteger attempted = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();

        void loop(int writer, AtomicBoolean stop) {
            Connection connection = null;
            for (int seq = 0; !stop.get(); seq++) {
                String name = "rel-jdbc-" + writer + "-" + seq;
                attempted.incrementAndGet();
                while (true) {
                    try {
                        if (connection == null) {
                            connection = cluster.connect(BASELINE_DB);
                        }
                        try (PreparedStatement insert =
                                connection.prepareStatement("INSERT INTO baseline_write (name) VALUES (?)")) {
                            insert.setString(1, name);
                            insert.executeUpdate();
                        }
                        acknowledged.add(name);
                        LibertyServer.sleep(20); // about the pace of an API write
                        break;
                    } catch (SQLException e) {
                        errors.incrementAndGet();
                        closeQuietly(connection);
                        connection = null;
                        LibertyServer.sleep(RETRY_MILLIS);
                    }
                }
            }
            closeQuietly(connection);
        }
    }

    private final class Searches {
        /** [sent at, status, duration] per search (nanoseconds); status 0 for a broken connection. */
        final ConcurrentLinkedQueue<long[]> results = new ConcurrentLinkedQueue<>();
        /** The home page (anonymous, reads the newest products), by status: 200, or 503 with Retry-After. */
        final Map<String, Integer> pages = new ConcurrentHashMap<>();

        void loop(Api anonymous, AtomicBoolean stop) {
            String[] queries = {"kardio", "monitor", "", "Z12"};
            for (int i = 0; !stop.get(); i++) {
                long at = now();
                int status;
                try {
                    Api.Response response = anonymous.get("/api/v1/search?q=" + queries[i % queries.length]);
                    status = response.status();
                    if (status != 200) {
                        log("search answered " + status + ": " + response.text());
                    }
                } catch (UncheckedIOException e) {
                    status = 0;
                }
                results.add(new long[] {at, status, now() - at});
                if (i % 2 == 0) {
                    try {
                        Api.Response page = anonymous.get("/");
                        pages.merge(page.status() == 503 && page.header("Retry-After") == null
                                ? "503 without Retry-After" : String.valueOf(page.status()), 1, Integer::sum);
                    } catch (UncheckedIOException e) {
                        pages.merge("connection error", 1, Integer::sum);
                    }
                }
                LibertyServer.sleep(100);
            }
        }
    }

    private static final class Outage {
        final String name;
        long down;
        long up;

        Outage(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "database outage '" + name + "': " + round((up - down) / 1e9) + " s";
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // 2. Server crash during uploads and publications

    private void serverCrash(Actors actors) throws Exception {
        int kills = Integer.getInteger("reliability.kills", 3);
        long company = actors.organisation("COMPANY", "Crash Company " + UUID.randomUUID());
        Actor uploader = actors.user(company, "SUPPLIER");
        Actor publisher = actors.user(company, "SUPPLIER");
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(uploader.api().post("/api/v1/products", Products.complete("crash-target-" + i).build())
                    .locationId());
        }
        AtomicBoolean stop = new AtomicBoolean();
        Map<Long, String> uploads = new ConcurrentHashMap<>(); // document id -> SHA-256 sent
        Map<Long, AtomicInteger> uploadsPerProduct = new ConcurrentHashMap<>();
        Map<String, Long> published = new ConcurrentHashMap<>(); // name -> product id
        AtomicInteger unacknowledged = new AtomicInteger();
        AtomicInteger fiveHundreds = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            threads.add(started("uploader-" + w, () -> {
                Random r = new Random(writer);
                for (int seq = 0; !stop.get(); seq++) {
                    long product = drafts.get(r.nextInt(drafts.size()));
                    byte[] pdf = Products.pdf("crash upload " + writer + "-" + seq + " "
                            + randomText(r, 20_000 + r.nextInt(200_000)));
                    String path = "/api/v1/products/" + product + "/documents?fileName=crash-" + writer + "-" + seq
                            + ".pdf";
                    Api once = uploader.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
                    attempts.incrementAndGet();
                    Api.Response response = untilAnswered(once, a -> a.postRaw(path, "application/pdf", pdf),
                            fiveHundreds);
                    if (response == null || response.status() != 201) {
                        unacknowledged.incrementAndGet();
                        continue;
                    }
                    uploads.put(response.locationId(), sha256(pdf));
                    uploadsPerProduct.computeIfAbsent(product, p -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        threads.add(started("publisher", () -> {
            for (int seq = 0; !stop.get(); seq++) {
                String name = "crash-published-" + seq;
                attempts.incrementAndGet();
                Api create = publisher.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
                Api.Response created = untilAnswered(create,
                        a -> a.post("/api/v1/products", Products.complete(name).build()), fiveHundreds);
                if (created == null || created.status() != 201) {
                    unacknowledged.incrementAndGet();
                    continue;
                }
                long id = created.locationId();
                Api publish = publisher.api().withHeader("Idempotency-Key", UUID.randomUUID().toString());
                Api.Response done = untilAnswered(publish, a -> a.post("/api/v1/products/" + id + "/publish", null),
                        fiveHundreds);
                if (done == null || done.status() != 200) {
                    unacknowledged.incrementAndGet();
                    continue;
                }
                published.put(name, id);
            }
        }));
        List<Double> restarts = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            LibertyServer.sleep(1500 + random.nextInt(4000));
            log("kill -9 of the server (" + (k + 1) + "/" + kills + ")");
            server.kill();
            restarts.add(round(server.start()));
        }
        LibertyServer.sleep(3000);
        stop.set(true);
        for (Thread t : threads) {
            t.join(300_000);
        }

        int mismatched = 0;
        int missing = 0;
        for (Map.Entry<Long, String> upload : uploads.entrySet()) {
            Api.Response download = uploader.api().get("/api/v1/documents/" + upload.getKey());
            if (download.status() != 200) {
                missing++;
            } else if (!sha256(download.bytes()).equals(upload.getValue())) {
                mismatched++;
            }
        }
        int orphanDocuments;
        int extraDocuments = 0;
        int duplicatePublished;
        int notPublished = 0;
        try (Connection c = cluster.connect(APP_DB); Statement s = c.createStatement()) {
            orphanDocuments = count(s, "SELECT count(*) FROM evidence_document d WHERE NOT EXISTS"
                    + " (SELECT 1 FROM evidence_document_content x WHERE x.document_id = d.id)")
                    + count(s, "SELECT count(*) FROM evidence_document_content x WHERE NOT EXISTS"
                    + " (SELECT 1 FROM evidence_document d WHERE d.id = x.document_id)");
            for (long product : drafts) {
                int inDb = count(s, "SELECT count(*) FROM evidence_document WHERE product_id = " + product);
                int acknowledged = uploadsPerProduct.getOrDefault(product, new AtomicInteger()).get();
                extraDocuments += Math.abs(inDb - acknowledged);
            }
            duplicatePublished = count(s, "SELECT count(*) FROM (SELECT t.name FROM product_text t WHERE t.name LIKE"
                    + " 'crash-published-%' GROUP BY t.name HAVING count(DISTINCT t.product_id) > 1) d");
            for (long id : published.values()) {
                notPublished += count(s, "SELECT count(*) FROM product WHERE id = " + id + " AND status <> 'PUBLISHED'");
            }
        }
        JsonObject verification = actors.admin().get("/api/v1/admin/audit/verification").json();

        figures.put("crash: kill -9 of the server", kills);
        figures.put("crash: server back after each kill (s)", restarts);
        figures.put("crash: uploads and publications attempted", attempts.get());
        figures.put("crash: uploads acknowledged / missing / SHA-256 mismatch", uploads.size() + " / " + missing + " / " + mismatched);
        figures.put("crash: documents in the database not acknowledged (or the reverse)", extraDocuments);
        figures.put("crash: orphan rows (document without content or content without document)", orphanDocuments);
        figures.put("crash: publications acknowledged / not published / duplicated products",
                published.size() + " / " + notPublished + " / " + duplicatePublished);
        figures.put("crash: calls never acknowledged (gave up)", unacknowledged.get());
        figures.put("crash: 5xx other than 503", fiveHundreds.get());
        figures.put("crash: answers 'application not started yet' (Liberty's 404 page), retried", notReadyAnswers.get());
        figures.put("crash: retries answered from a stored answer (Idempotent-Replayed)", replayedAnswers.get());
        figures.put("crash: audit chain after the crashes", verification.getBoolean("intact") ? "intact ("
                + verification.getJsonNumber("lastSequence") + " records)" : "BROKEN " + verification);
        if (missing + mismatched + extraDocuments + orphanDocuments + duplicatePublished + notPublished
                + unacknowledged.get() + fiveHundreds.get() > 0) {
            failures.add("server crash: missing " + missing + ", mismatched " + mismatched + ", extra documents "
                    + extraDocuments + ", orphans " + orphanDocuments + ", duplicated products " + duplicatePublished
                    + ", not published " + notPublished + ", never acknowledged " + unacknowledged.get()
                    + ", 5xx " + fiveHundreds.get());
        }
        if (!verification.getBoolean("intact")) {
            failures.add("the audit chain is broken after the crashes: " + verification);
        }
        if (uploads.isEmpty() || published.isEmpty()) {
            failures.add("server crash: nothing was acknowledged, so nothing was checked");
        }
    }

    private static final AtomicInteger notReadyAnswers = new AtomicInteger();
    private static final AtomicInteger replayedAnswers = new AtomicInteger();

    /**
     * Liberty's own "context root not found" page: the server listens but the application is still starting after a
     * restart (a load balancer keeps clients away until /health/ready is UP; these clients simply retry).
     */
    private static boolean notReady(Api.Response response) {
        String type = response.header("Content-Type");
        return response.status() == 404 && (type == null || !type.contains("json"));
    }

    /** Sends until an answer other than a broken connection, 503 or 409 arrives (the same key every time). */
    private static Api.Response untilAnswered(Api api, java.util.function.Function<Api, Api.Response> call,
            AtomicInteger fiveHundreds) {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                Api.Response response = call.apply(api);
                int status = response.status();
                if (status >= 500 && status != 503) {
                    fiveHundreds.incrementAndGet();
                    log("answered " + status + ": " + response.text());
                }
                if (notReady(response)) {
                    notReadyAnswers.incrementAndGet();
                } else if (status < 500 && status != 409) {
                    if ("true".equals(response.header("Idempotent-Replayed"))) {
                        replayedAnswers.incrementAndGet();
                    }
                    if (status >= 300) {
                        log("refused " + status + ": " + response.text());
                    }
                    return response;
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // the server is down: retry with the same key
            }
            LibertyServer.sleep(RETRY_MILLIS);
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // 3. Backup and restore

    private void backupAndRestore(Path output) throws Exception {
        Path scripts = Path.of(System.getProperty("reliability.scripts", "src/main/scripts"));
        Path dump = output.resolve("berrigune.dump").toAbsolutePath();
        Files.deleteIfExists(dump);
        String restoredDb = "berrigune_restored";
        cluster.createDatabase(restoredDb);
        long started = System.nanoTime();
        String backup = Shell.run(List.of("bash", scripts.resolve("backup.sh").toString(), "postgresql",
                cluster.conninfo(APP_DB), dump.toString()));
        double backupSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        String restore = Shell.run(List.of("bash", scripts.resolve("restore.sh").toString(), "postgresql",
                cluster.conninfo(restoredDb), dump.toString()));
        double restoreSeconds = (System.nanoTime() - started) / 1e9;
        log(backup.strip() + "\n" + restore.strip());

        Map<String, Long> live = rowCounts(APP_DB);
        Map<String, Long> restored = rowCounts(restoredDb);
        long rows = live.values().stream().mapToLong(Long::longValue).sum();
        String liveChain = auditChain(APP_DB);
        String restoredChain = auditChain(restoredDb);
        figures.put("backup: pg_dump -Fc (s) / size (bytes)", round(backupSeconds) + " / " + Files.size(dump));
        figures.put("restore: pg_restore into a scratch database (s)", round(restoreSeconds));
        figures.put("restore: tables / rows compared", live.size() + " / " + rows);
        figures.put("restore: tables whose row count differs", differing(live, restored));
        figures.put("restore: audit chain head and record hashes", liveChain.equals(restoredChain)
                ? "identical (" + liveChain.substring(0, Math.min(60, liveChain.length())) + "…)" : "DIFFERENT");
        if (!live.equals(restored)) {
            failures.add("restore: row counts differ: " + differing(live, restored));
        }
        if (!liveChain.equals(restoredChain)) {
            failures.add("restore: the audit chain differs: " + liveChain + " vs " + restoredChain);
        }
        if (!backup.contains("last_hash=") || !restore.contains(liveChain.split(" ")[1])) {
            failures.add("backup/restore scripts did not print the audit chain head: " + backup + restore);
        }
    }

    private Map<String, Long> rowCounts(String database) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = cluster.connect(database); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The head (last number and hash) and a digest of every record's hash in order. */
    private String auditChain(String database) throws SQLException {
        try (Connection c = cluster.connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT h.last_seq, h.last_hash, (SELECT md5(string_agg(r.record_hash, ','"
                        + " ORDER BY r.seq)) FROM audit_record r) FROM audit_chain_head h")) {
            rs.next();
            return "last_seq=" + rs.getLong(1) + " last_hash=" + rs.getString(2) + " records_md5=" + rs.getString(3);
        }
    }

    private static String differing(Map<String, Long> a, Map<String, Long> b) {
        StringBuilder out = new StringBuilder();
        for (String table : a.keySet()) {
            if (!a.get(table).equals(b.get(table))) {
                out.append(table).append(' ').append(a.get(table)).append("≠").append(b.get(table)).append("; ");
            }
        }
        return out.length() == 0 ? "none" : out.toString();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Thread started(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.start();
        return thread;
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomText(Random r, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + r.nextInt(26)));
        }
        return text.toString();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private long now() {
        return System.nanoTime();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static final AtomicLong START = new AtomicLong(System.nanoTime());

    private static void log(String message) {
        System.out.printf("[reliability %7.2f s] %s%n", (System.nanoTime() - START.get()) / 1e9, message);
    }
}
