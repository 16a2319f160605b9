package eus.berrigune.benchmark;

import eus.berrigune.benchmark.BenchmarkQueries.Query;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issue 3 against a running server (started by the {@code benchmark} Maven profile on the
 * generated catalogue): index build time, the engine's own time (the floor), the search API at 1, 16 and 32
 * closed-loop clients, PostgreSQL full-text search on the same data, the Faces search page at 32 anonymous clients
 * (no session may be created), and the server's resident memory. Prints the figures, the ratios and PASS/FAIL per
 * target, and writes them to {@code target/benchmark/report.txt}.
 *
 * <p>Always exits normally so that the profile can stop the server; whether the run itself failed (not a missed
 * target) is written to {@code target/benchmark/outcome}, which {@link BenchmarkVerdict} checks afterwards.
 */
public final class SearchBenchmark {

    private static final Pattern TOOK = Pattern.compile("\"tookMillis\"\\s*:\\s*([0-9.Ee+-]+)");
    private static final Pattern INDEX_BUILT =
            Pattern.compile("Search index built: (\\d+) products in ([0-9.]+) s");
    private static final List<String> SESSION_COOKIES = List.of("BERRIGUNE_SESSION", "JSESSIONID");

    private final String host = "localhost";
    private final int port = Integer.getInteger("bench.http.port", 9280);
    private final Path serverDir = Path.of(System.getProperty("bench.server.dir"));
    private final Path outputDir = Path.of(System.getProperty("bench.output.dir", "target/benchmark"));
    private final int products = Integer.getInteger("bench.products", 100_000);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("bench.duration", 20));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    /**
     * {@code bench.only=page}: only the search page's run; {@code bench.only=fresh}: only the API with every search
     * afresh at 16 clients (to try a change quickly).
     */
    private final String only = System.getProperty("bench.only", "all");
    private final BenchmarkDatabase db = BenchmarkDatabase.configured();
    private final BenchmarkDatabase postgres = BenchmarkDatabase.postgres();

    private final StringBuilder report = new StringBuilder();
    private final List<String> verdicts = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        SearchBenchmark benchmark = new SearchBenchmark();
        Files.createDirectories(benchmark.outputDir);
        String outcome;
        try {
            benchmark.run();
            outcome = "OK";
        } catch (Exception | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            benchmark.print("BENCHMARK RUN FAILED: " + trace);
            outcome = "ERROR " + e;
        }
        Files.writeString(benchmark.outputDir.resolve("report.txt"), benchmark.report, StandardCharsets.UTF_8);
        Files.writeString(benchmark.outputDir.resolve("outcome"), outcome, StandardCharsets.UTF_8);
    }

    private void run() throws Exception {
        print("== Berrigune search benchmark (issue 3) ==");
        print(String.format(Locale.ROOT, "catalogue: %,d products in %s; server %s:%d; %d s per run after %d s warm-up",
                products, db.describe(), host, port, duration.toSeconds(), warmup.toSeconds()));
        print("machine: " + Machine.describe());
        waitUntilReady();

        // 2. Index build (logged by the server at start) and memory with the index built
        String log = Files.readString(serverDir.resolve("logs/messages.log"), StandardCharsets.UTF_8);
        Matcher built = INDEX_BUILT.matcher(log);
        long indexed = -1;
        double buildSeconds = -1;
        while (built.find()) {
            indexed = Long.parseLong(built.group(1));
            buildSeconds = Double.parseDouble(built.group(2));
        }
        if (indexed < 0) {
            throw new IllegalStateException("No \"Search index built\" line in messages.log");
        }
        print(String.format(Locale.ROOT, "index build: %,d products in %.1f s (server log)", indexed, buildSeconds));
        long rssIndexed = Machine.rssKb(serverPid());
        print(String.format(Locale.ROOT, "server RSS after indexing: %,d MB", rssIndexed / 1024));

        List<Query> queries = queries();
        print(String.format(Locale.ROOT, "queries: %d distinct (text eu/es/en, typos, codes, facets, sorts)",
                queries.size()));
        List<Query> pageQueries = checkQueries(queries);
        if (only.equals("page")) {
            runPageOnly(pageQueries);
            return;
        }
        if (only.equals("fresh")) {
            runFreshOnly(queries);
            return;
        }

        // 3. The API, after a warm-up; the sequential runs also collect the engine's own time (tookMillis). First
        //    every search answered afresh (Cache-Control: no-cache: the engine searches the index each time), then
        //    as any client asks, where a search already made on the current index reuses its answer.
        print("warm-up: API " + warmup.toSeconds() + " s at 16 clients");
        api(queries, 16, warmup, "warm-up", true);
        ClosedLoop.Result fresh1 = api(queries, 1, duration, "API, every search afresh", true);
        ClosedLoop.Result fresh16 = api(queries, 16, duration, "API, every search afresh", true);
        ClosedLoop.Result api1 = api(queries, 1, duration, "API /api/v1/search", false);
        ClosedLoop.Result api16 = api(queries, 16, duration, "API /api/v1/search", false);
        ClosedLoop.Result api32 = api(queries, 32, duration, "API /api/v1/search", false);

        // PostgreSQL full-text search on the same catalogue
        preparePostgres();
        ClosedLoop.Result pg1 = postgres(queries, 1);
        ClosedLoop.Result pg16 = postgres(queries, 16);

        // 4. The Faces search page, 32 anonymous clients
        print("warm-up: search page " + warmup.toSeconds() + " s at 32 clients");
        SessionWatch warmWatch = new SessionWatch();
        page(pageQueries, 32, warmup, "warm-up", warmWatch);
        SessionWatch watch = new SessionWatch();
        ClosedLoop.Result page32 = page(pageQueries, 32, duration, "Faces /search.xhtml", watch);
        long rssLoaded = Machine.rssKb(serverPid());

        // 6. Figures, ratios, targets
        print("");
        print(ClosedLoop.HEADER);
        print(String.format(Locale.ROOT, "%-34s %3d %9.2f %9.2f %9.2f %9.2f %10s %8d %6s",
                "in-process engine, afresh", 1, fresh1.extraP(50), fresh1.extraP(95), fresh1.extraP(99),
                fresh1.extra().getMaxValue() / 1000.0, "-", fresh1.extra().getTotalCount(), "-"));
        print(String.format(Locale.ROOT, "%-34s %3d %9.2f %9.2f %9.2f %9.2f %10s %8d %6s",
                "in-process engine (tookMillis)", 1, api1.extraP(50), api1.extraP(95), api1.extraP(99),
                api1.extra().getMaxValue() / 1000.0, "-", api1.extra().getTotalCount(), "-"));
        for (ClosedLoop.Result r : List.of(fresh1, fresh16, api1, api16, api32, pg1, pg16, page32)) {
            print(r.line());
            if (r.firstError() != null) {
                print("    first error: " + r.firstError());
            }
        }
        print("");
        print("CPU per request (warm-up runs included in the list):");
        cpuLines.forEach(l -> print("  " + l));
        print("");
        print(String.format(Locale.ROOT, "index build: %.1f s for %,d products", buildSeconds, indexed));
        print(String.format(Locale.ROOT, "server RSS: %,d MB after indexing, %,d MB after load (-Xmx512m)",
                rssIndexed / 1024, rssLoaded / 1024));
        print(String.format(Locale.ROOT, "search page: %,d responses, %d session cookies (BERRIGUNE_SESSION/JSESSIONID),"
                + " %d Set-Cookie headers in all", watch.responses(), watch.sessionCookies(), watch.cookies()));
        // the engine's floor is its time when it searches; a reused answer is not a search
        double apiOverFloor = fresh1.p(95) / fresh1.extraP(95);
        double apiOverFloor16 = fresh16.p(95) / fresh1.extraP(95);
        double pgOverApi = pg1.p(95) / fresh1.p(95);
        double pgOverApi16 = pg16.p(95) / fresh16.p(95);
        print(String.format(Locale.ROOT, "ratio API p95 / in-process p95, every search afresh: %.2f (1 client), %.2f"
                + " (16 clients); with reused answers: %.2f (1 client)", apiOverFloor, apiOverFloor16,
                api1.p(95) / api1.extraP(95)));
        print(String.format(Locale.ROOT, "ratio PostgreSQL p95 / API p95 (afresh): %.2f (1 client), %.2f (16 clients);"
                + " with reused answers: %.2f (1 client)", pgOverApi, pgOverApi16, pg1.p(95) / api1.p(95)));
        print("");
        print("targets:");
        target(api16.p(95) <= 25, "API p95 <= 25 ms at 16 clients", "%.2f ms", api16.p(95));
        target(api16.p(99) <= 60, "API p99 <= 60 ms at 16 clients", "%.2f ms", api16.p(99));
        print(String.format(Locale.ROOT, "  (every search afresh at 16 clients: p95 %.2f ms, p99 %.2f ms, %.0f /s)",
                fresh16.p(95), fresh16.p(99), fresh16.throughput()));
        target(api32.throughput() >= 400, "API >= 400 searches/s at 32 clients", "%.0f /s", api32.throughput());
        target(apiOverFloor <= 3, "API p95 <= 3x in-process p95 (1 client)", "%.2fx", apiOverFloor);
        target(pgOverApi >= 5, "PostgreSQL p95 >= 5x API p95 (1 client)", "%.2fx", pgOverApi);
        target(buildSeconds <= 60, "index build <= 60 s", "%.1f s", buildSeconds);
        target(Math.max(rssIndexed, rssLoaded) < 600 * 1024, "server RSS < 600 MB", "%d MB",
                Math.max(rssIndexed, rssLoaded) / 1024);
        target(page32.p(95) <= 50, "search page p95 <= 50 ms at 32 clients", "%.2f ms", page32.p(95));
        target(page32.throughput() >= 800, "search page >= 800 pages/s at 32 clients", "%.0f /s",
                page32.throughput());
        target(watch.sessionCookies() == 0 && warmWatch.sessionCookies() == 0, "search page creates no session",
                "%d session cookies", watch.sessionCookies() + warmWatch.sessionCookies());
        long errors = fresh1.errors() + fresh16.errors() + api1.errors() + api16.errors() + api32.errors()
                + page32.errors() + pg1.errors() + pg16.errors();
        target(errors == 0, "no failed requests", "%d failed", errors);
        long failed = verdicts.stream().filter(v -> v.startsWith("FAIL")).count();
        print(String.format(Locale.ROOT, "%d of %d targets met", verdicts.size() - failed, verdicts.size()));
    }

    private void runFreshOnly(List<Query> queries) throws Exception {
        print("warm-up: API " + warmup.toSeconds() + " s at 16 clients");
        api(queries, 16, warmup, "warm-up", true);
        ClosedLoop.Result fresh16 = api(queries, 16, duration, "API, every search afresh", true);
        print(ClosedLoop.HEADER);
        print(fresh16.line());
        cpuLines.forEach(l -> print("  " + l));
    }

    private void runPageOnly(List<Query> pageQueries) throws Exception {
        print("warm-up: search page " + warmup.toSeconds() + " s at 32 clients");
        page(pageQueries, 32, warmup, "warm-up", new SessionWatch());
        SessionWatch watch = new SessionWatch();
        ClosedLoop.Result page32 = page(pageQueries, 32, duration, "Faces /search.xhtml", watch);
        print(ClosedLoop.HEADER);
        print(page32.line());
        cpuLines.forEach(l -> print("  " + l));
        print(String.format(Locale.ROOT, "search page: %,d responses, %d session cookies", watch.responses(),
                watch.sessionCookies()));
    }

    /**
     * CPU used per request by the server and by this load generator during a run, and the machine's load average
     * at its end: unlike latencies, CPU per request barely depends on what else the machine is running, so it tells
     * what the server would sustain on the two cores alone.
     */
    private interface Measured {
        ClosedLoop.Result run() throws Exception;
    }

    private ClosedLoop.Result measured(Measured run) throws Exception {
        long pid = serverPid();
        long server = Machine.cpuMillis(pid);
        long client = Machine.cpuMillis(ProcessHandle.current().pid());
        ClosedLoop.Result result = run.run();
        long requests = Math.max(1, result.requests());
        String line = String.format(Locale.ROOT, "      CPU per request: server %.2f ms, load generator %.2f ms; load average %s",
                (Machine.cpuMillis(pid) - server) / (double) requests,
                (Machine.cpuMillis(ProcessHandle.current().pid()) - client) / (double) requests, Machine.load());
        cpuLines.add(String.format(Locale.ROOT, "%-34s %3d %s", result.name(), result.clients(), line.strip()));
        return result;
    }

    private final List<String> cpuLines = new ArrayList<>();

    private ClosedLoop.Result api(List<Query> queries, int clients, Duration time, String name, boolean fresh)
            throws Exception {
        return measured(() -> apiRun(queries, clients, time, name, fresh));
    }

    /** @param fresh whether to ask for every search afresh ({@code Cache-Control: no-cache}) */
    private ClosedLoop.Result apiRun(List<Query> queries, int clients, Duration time, String name, boolean fresh)
            throws Exception {
        ClosedLoop.Result result = ClosedLoop.run(name, clients, time, queries.size(), n -> new ClosedLoop.Client() {
            final HttpConnection http = new HttpConnection(host, port);
            long took = -1;

            @Override
            public boolean perform(int index) throws Exception {
                Query q = queries.get(index);
                HttpConnection.Response response = http.get("/api/v1/search?" + q.parameters(), q.language(),
                        fresh ? "Cache-Control: no-cache\r\n" : "");
                Matcher m = TOOK.matcher(response.text());
                took = m.find() ? Math.round(Double.parseDouble(m.group(1)) * 1000) : -1;
                return response.status() == 200;
            }

            @Override
            public long lastExtraMicros() {
                return took;
            }

            @Override
            public void close() {
                http.close();
            }
        });
        if (!name.equals("warm-up")) {
            print("done: " + result.line().strip());
        }
        return result;
    }

    private ClosedLoop.Result page(List<Query> queries, int clients, Duration time, String name, SessionWatch watch)
            throws Exception {
        return measured(() -> pageRun(queries, clients, time, name, watch));
    }

    private ClosedLoop.Result pageRun(List<Query> queries, int clients, Duration time, String name,
                                      SessionWatch watch) throws Exception {
        ClosedLoop.Result result = ClosedLoop.run(name, clients, time, queries.size(), n -> new ClosedLoop.Client() {
            // Each request on a new HttpConnection's first use carries no cookie: an anonymous visitor.
            final HttpConnection http = new HttpConnection(host, port);

            @Override
            public boolean perform(int index) throws Exception {
                Query q = queries.get(index);
                String parameters = q.parameters();
                HttpConnection.Response response =
                        http.get("/search.xhtml" + (parameters.isEmpty() ? "" : "?" + parameters), q.language());
                watch.record(response);
                return response.status() == 200;
            }

            @Override
            public void close() {
                http.close();
            }
        });
        if (!name.equals("warm-up")) {
            print("done: " + result.line().strip());
        }
        return result;
    }

    private void preparePostgres() throws Exception {
        if (!db.isPostgres()) {
            print("PostgreSQL comparison: generating the same catalogue into " + postgres.describe());
            CatalogGenerator.generate(postgres, products);
        }
        try (Connection c = postgres.connect()) {
            c.setAutoCommit(false);
            PostgresFullText.prepare(c);
            c.commit();
        }
        print("warm-up: PostgreSQL full-text " + warmup.toSeconds() + " s at 16 clients");
        postgresRun(List.copyOf(queries()), 16, warmup, "warm-up");
    }

    private List<Query> cachedQueries;

    private ClosedLoop.Result postgres(List<Query> queries, int clients) throws Exception {
        ClosedLoop.Result result = postgresRun(queries, clients, duration, "PostgreSQL tsvector+GIN+GROUP BY");
        print("done: " + result.line().strip());
        return result;
    }

    private ClosedLoop.Result postgresRun(List<Query> queries, int clients, Duration time, String name)
            throws Exception {
        return ClosedLoop.run(name, clients, time, queries.size(), n -> new ClosedLoop.Client() {
            final Connection c = postgres.connect();

            @Override
            public boolean perform(int index) throws SQLException {
                PostgresFullText.search(c, queries.get(index));
                return true;
            }

            @Override
            public void close() throws SQLException {
                c.close();
            }
        });
    }

    /** The fixed query list, with a UDI-DI and a company name read from the generated catalogue. */
    private List<Query> queries() throws SQLException {
        if (cachedQueries == null) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                String udi;
                String company;
                try (ResultSet rs = s.executeQuery("SELECT basic_udi_di FROM product WHERE status = 'PUBLISHED'"
                        + " ORDER BY id LIMIT 1 OFFSET 1000")) {
                    rs.next();
                    udi = rs.getString(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT name FROM organisation ORDER BY id LIMIT 1 OFFSET 7")) {
                    rs.next();
                    company = rs.getString(1);
                }
                cachedQueries = BenchmarkQueries.all(udi, company);
            }
        }
        return cachedQueries;
    }

    /**
     * Each query once through the API (answers 200; prints those that find nothing) and through the page; returns
     * the queries whose page shows a full page of 20 results with facets, which the page run replays.
     */
    private List<Query> checkQueries(List<Query> queries) throws IOException {
        List<Query> fullPages = new ArrayList<>();
        try (HttpConnection http = new HttpConnection(host, port)) {
            int empty = 0;
            for (Query q : queries) {
                HttpConnection.Response response = http.get("/api/v1/search?" + q.parameters(), q.language());
                if (response.status() != 200) {
                    throw new IllegalStateException("Search " + q + " answered " + response.status());
                }
                Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(response.text());
                long found = total.find() ? Long.parseLong(total.group(1)) : -1;
                if (found == 0) {
                    empty++;
                    print("  (finds nothing: " + q + ")");
                }
                String parameters = q.parameters();
                HttpConnection.Response page =
                        http.get("/search.xhtml" + (parameters.isEmpty() ? "" : "?" + parameters), q.language());
                if (page.status() != 200) {
                    throw new IllegalStateException("Search page " + q + " answered " + page.status());
                }
                String html = page.text();
                if (countOf(html, "<li class=\"card\"") == 20 && html.contains("class=\"facet\"")) {
                    fullPages.add(q);
                }
            }
            print(String.format(Locale.ROOT, "query check: all %d answer 200 (API and page); %d find nothing;"
                    + " %d show a full page of 20 results with facets (replayed on the page)", queries.size(), empty,
                    fullPages.size()));
        }
        return fullPages;
    }

    private static int countOf(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }

    private void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            try (HttpConnection http = new HttpConnection(host, port)) {
                if (http.get("/health/ready", "en").status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Path log = serverDir.resolve("logs/messages.log");
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("CWWKZ0012I")) {
                throw new IllegalStateException("The application did not start: see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Server not ready after 10 minutes");
            }
            Thread.sleep(500);
        }
    }

    private long serverPid() throws IOException {
        Path pidFile = serverDir.getParent().resolve(".pid").resolve(serverDir.getFileName() + ".pid");
        return Long.parseLong(Files.readString(pidFile).strip());
    }

    private void target(boolean met, String what, String format, Object value) {
        String line = String.format(Locale.ROOT, "%s  %-44s " + format, met ? "PASS" : "FAIL", what, value);
        verdicts.add(line);
        print("  " + line);
    }

    private void print(String line) {
        System.out.println(line);
        System.out.flush();
        report.append(line).append('\n');
    }

    /** Counts responses and the cookies they set. */
    static final class SessionWatch {
        private final LongAdder responses = new LongAdder();
        private final LongAdder cookies = new LongAdder();
        private final LongAdder sessionCookies = new LongAdder();

        void record(HttpConnection.Response response) {
            responses.increment();
            for (String cookie : response.setCookies()) {
                cookies.increment();
                String name = cookie.substring(0, Math.max(0, cookie.indexOf('='))).trim();
                if (SESSION_COOKIES.contains(name.toUpperCase(Locale.ROOT))) {
                    sessionCookies.increment();
                }
            }
        }

        long responses() {
            return responses.sum();
        }

        long cookies() {
            return cookies.sum();
        }

        long sessionCookies() {
            return sessionCookies.sum();
        }
    }
}
