package eus.berrigune.cluster;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Products;
import eus.berrigune.testdata.WebSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two Berrigune servers on one PostgreSQL database behind nginx (profile {@code cluster}, docs/operations.md,
 * "Several nodes"). The Maven profile starts the two servers; this program starts nginx in front of them and checks,
 * printing the figures:
 *
 * <ol>
 *   <li>a product published through one server is found by the other's search within 2 s (ten products, each way);
 *   <li>a signed-in user's session survives the loss ({@code kill -9}) of the server that holds it: the next page
 *       through nginx is served by the other server, still signed in;
 *   <li>killing one server while clients write through nginx loses no acknowledged write: every product whose
 *       creation was answered 201 is in the database afterwards, exactly once.
 * </ol>
 *
 * <p>It writes {@code report.txt} and {@code outcome} ("OK" or what failed) in its output directory; the profile's
 * last step fails the build on anything but "OK", after the servers have been stopped.
 */
public final class ClusterCheck {

    private final Path wlp;
    private final Path out;
    private final int proxyPort;
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private Process nginx;

    /** One server: its name (also its clone id) and port. */
    record Node(String name, int port) {
        URI base() {
            return URI.create("http://localhost:" + port + "/");
        }
    }

    private ClusterCheck(Path wlp, Path out, int proxyPort) {
        this.wlp = wlp;
        this.out = out;
        this.proxyPort = proxyPort;
    }

    public static void main(String[] args) throws Exception {
        ClusterCheck check = new ClusterCheck(Path.of(System.getProperty("cluster.wlp")),
                Path.of(System.getProperty("cluster.output.dir")), Integer.getInteger("cluster.proxy.port"));
        check.nodes.add(new Node("node1", Integer.getInteger("cluster.node1.port")));
        check.nodes.add(new Node("node2", Integer.getInteger("cluster.node2.port")));
        Files.createDirectories(check.out);
        String outcome;
        try {
            check.run();
            outcome = check.failures.isEmpty() ? "OK" : String.join("; ", check.failures);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            outcome = "the check itself failed: " + e;
        } finally {
            check.stopNginx();
        }
        check.line("outcome: " + outcome);
        Files.write(check.out.resolve("report.txt"), check.report, StandardCharsets.UTF_8);
        Files.writeString(check.out.resolve("outcome"), outcome, StandardCharsets.UTF_8);
    }

    private void run() throws Exception {
        line("== Berrigune on two nodes (issue 6) ==");
        line("nodes: " + nodes + ", nginx on port " + proxyPort + ", one PostgreSQL database");
        for (Node node : nodes) {
            awaitReady(node.base(), node.name());
        }
        startNginx();
        URI proxy = URI.create("http://localhost:" + proxyPort + "/");
        Actors actors = new Actors(proxy);
        Actors.Actor supplier = actors.supplierOfNewCompany();

        searchFollowsTheOtherNode(supplier);
        throttlingCountsClientsNotTheProxy(proxy);
        sessionSurvivesTheLossOfItsNode(proxy);
        noAcknowledgedWriteLostWhenANodeDies(supplier, proxy);
    }

    // 1. A product published through one node is found by the other's search within 2 s.
    private void searchFollowsTheOtherNode(Actors.Actor supplier) throws InterruptedException {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Node writer = nodes.get(i % 2);
            Node reader = nodes.get((i + 1) % 2);
            String word = "clusterword" + Long.toString(System.nanoTime(), 36) + i;
            Api onWriter = Api.as(writer.base(), supplier.username(), supplier.password());
            long id = onWriter.post("/api/v1/products", Products.complete("Node product " + word).build()).locationId();
            onWriter.post("/api/v1/products/" + id + "/publish", null);
            long published = System.nanoTime();
            Api onReader = Api.anonymous(reader.base());
            while (onReader.get("/api/v1/search?q=" + word).json().getJsonNumber("total").longValue() == 0) {
                if (System.nanoTime() - published > TimeUnit.SECONDS.toNanos(10)) {
                    break;
                }
                Thread.sleep(20);
            }
            seconds.add((System.nanoTime() - published) / 1e9);
        }
        Collections.sort(seconds);
        double max = seconds.get(seconds.size() - 1);
        line(String.format(Locale.ROOT, "search on the other node: 20 products published (10 each way); found after "
                + "median %.2f s, max %.2f s (target: within 2 s)", seconds.get(seconds.size() / 2), max));
        if (max > 2.0) {
            failures.add(String.format(Locale.ROOT, "a product was found on the other node only after %.2f s", max));
        }
    }

    // Behind nginx, sign-in throttling counts each client's address (X-Forwarded-For from the trusted proxy).
    private void throttlingCountsClientsNotTheProxy(URI proxy) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        int throttledAt = 0;
        for (int attempt = 1; attempt <= 60 && throttledAt == 0; attempt++) { // each node counts its own
            if (signInFrom(http, proxy, "203.0.113.7", "nobody" + attempt + "x" + System.nanoTime()) == 429) {
                throttledAt = attempt;
            }
        }
        int otherClient = signInFrom(http, proxy, "203.0.113.8", "nobody-else" + System.nanoTime());
        line("sign-in throttling behind nginx: client 203.0.113.7 throttled (429) at its failure " + throttledAt
                + "; another client through the same proxy then answered " + otherClient);
        if (throttledAt == 0 || otherClient == 429) {
            failures.add("sign-in throttling does not count clients behind the proxy");
        }
    }

    private static int signInFrom(java.net.http.HttpClient http, URI proxy, String client, String user) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":wrong").getBytes(StandardCharsets.UTF_8));
        return http.send(java.net.http.HttpRequest.newBuilder(proxy.resolve("api/v1/me/attention"))
                        .header("Authorization", "Basic " + basic).header("X-Forwarded-For", client).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    // 2. A session survives the loss of the node that holds it.
    private void sessionSurvivesTheLossOfItsNode(URI proxy) throws Exception {
        WebSession browser = WebSession.signedIn(proxy, Actors.ADMIN_USER, Actors.ADMIN_PASSWORD);
        String before = page(browser, "/admin/index.xhtml");
        String cookie = browser.cookie("BERRIGUNE_SESSION").orElseThrow();
        Node holder = nodes.stream().filter(n -> cookie.endsWith(":" + n.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The session cookie names no node: " + cookie));
        kill(holder);
        long killed = System.nanoTime();
        String after = page(browser, "/admin/index.xhtml");
        double seconds = (System.nanoTime() - killed) / 1e9;
        boolean signedIn = before.contains("signout") && after.contains("signout");
        line(String.format(Locale.ROOT, "session: signed in through nginx on %s; %s killed (kill -9); next page %s "
                + "after %.2f s", holder.name(), holder.name(), signedIn ? "still signed in" : "SIGNED OUT", seconds));
        if (!signedIn) {
            failures.add("the session did not survive the loss of " + holder.name());
        }
        restart(holder);
    }

    private static String page(WebSession browser, String path) {
        var response = browser.get(path);
        if (response.statusCode() != 200) {
            return "status " + response.statusCode();
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    // 3. Killing one node under load loses no acknowledged write.
    private void noAcknowledgedWriteLostWhenANodeDies(Actors.Actor supplier, URI proxy) throws Exception {
        Api api = Api.as(proxy, supplier.username(), supplier.password());
        String run = "loadword" + Long.toString(System.nanoTime(), 36);
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger attempted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    attempted.incrementAndGet();
                    try {
                        Api.Response created = api.post("/api/v1/products",
                                Products.complete("Load " + run + " w" + writer + " n" + i).build());
                        if (created.status() == 201) {
                            acknowledged.add(created.locationId());
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (RuntimeException connectionLost) {
                        refused.incrementAndGet();
                    }
                }
            }, "writer-" + w);
            thread.start();
            writers.add(thread);
        }
        Thread.sleep(3000);
        Node victim = nodes.get(1);
        kill(victim);
        Thread.sleep(5000);
        stop.set(true);
        for (Thread writer : writers) {
            writer.join();
        }
        restart(victim);
        // every acknowledged product, exactly once, read through the surviving node
        Api survivor = Api.as(nodes.get(0).base(), supplier.username(), supplier.password());
        int lost = 0;
        for (long id : acknowledged) {
            if (survivor.get("/api/v1/products/" + id).status() != 200) {
                lost++;
            }
        }
        Thread.sleep(1500); // the survivor's index reads the other node's last writes from the change log
        long stored = countProducts(survivor, run);
        line(String.format(Locale.ROOT, "writes while %s was killed: %d attempted, %d acknowledged (201), %d refused "
                        + "or cut off (not acknowledged), %d acknowledged lost; %d products stored (%d done but not "
                        + "acknowledged: the node died before answering)",
                victim.name(), attempted.get(), acknowledged.size(), refused.get(), lost, stored,
                stored - acknowledged.size()));
        if (lost > 0) {
            failures.add(lost + " acknowledged writes lost");
        }
        if (stored < acknowledged.size()) {
            failures.add("fewer products stored than acknowledged");
        }
    }

    /** The company's drafts whose names carry the run's word (its own drafts, through the API). */
    private static long countProducts(Api api, String word) {
        return api.get("/api/v1/search?size=1&q=" + word).json().getJsonNumber("total").longValue();
    }

    private void kill(Node node) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + node.name() + ".pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    private void restart(Node node) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", node.name())
                .redirectErrorStream(true).redirectOutput(out.resolve("restart-" + node.name() + ".log").toFile()).start();
        start.waitFor(120, TimeUnit.SECONDS);
        try {
            awaitReady(node.base(), node.name());
            line(String.format(Locale.ROOT, "%s restarted and ready in %.1f s", node.name(),
                    (System.nanoTime() - started) / 1e9));
        } catch (IllegalStateException e) {
            failures.add(node.name() + " did not come back after a restart: " + e.getMessage());
        }
    }

    private void startNginx() throws IOException, InterruptedException {
        Path dir = out.resolve("nginx");
        Files.createDirectories(dir.resolve("logs"));
        String conf = """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %1$s/body; proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi; uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;
                    # a session goes to the node named in its cookie (Liberty's clone id), the other one if it is down
                    map $cookie_BERRIGUNE_SESSION $berrigune_pool {
                        ~:node1$ node1;
                        ~:node2$ node2;
                        default  any;
                    }
                    upstream any   { server 127.0.0.1:%2$d max_fails=1 fail_timeout=5s; server 127.0.0.1:%3$d max_fails=1 fail_timeout=5s; }
                    upstream node1 { server 127.0.0.1:%2$d max_fails=1 fail_timeout=5s; server 127.0.0.1:%3$d backup; }
                    upstream node2 { server 127.0.0.1:%3$d max_fails=1 fail_timeout=5s; server 127.0.0.1:%2$d backup; }
                    server {
                        listen 127.0.0.1:%4$d;
                        client_max_body_size 25m;
                        location / {
                            proxy_pass http://$berrigune_pool;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_connect_timeout 2s;
                            # a request that never reached a node is tried on the other one; a write a node may
                            # have done is never sent twice (non_idempotent is not set)
                            proxy_next_upstream error timeout http_502 http_503;
                        }
                    }
                }
                """.formatted(dir.toAbsolutePath(), nodes.get(0).port(), nodes.get(1).port(), proxyPort);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf, StandardCharsets.UTF_8);
        nginx = new ProcessBuilder("nginx", "-p", dir.toAbsolutePath().toString(), "-c", file.toAbsolutePath().toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        awaitReady(URI.create("http://localhost:" + proxyPort + "/"), "nginx");
    }

    /** Waits until a server (or the proxy) answers its readiness check, for up to three minutes. */
    private static void awaitReady(URI base, String what) throws InterruptedException {
        Api probe = Api.anonymous(base);
        String last = "no answer";
        for (long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3); System.nanoTime() < end; Thread.sleep(250)) {
            try {
                Api.Response ready = probe.get("/health/ready");
                if (ready.status() == 200) {
                    return;
                }
                last = ready.status() + " " + ready.text();
            } catch (UncheckedIOException | IllegalStateException notYet) {
                last = notYet.toString();
            }
        }
        throw new IllegalStateException(what + " is not ready: " + last);
    }

    private void stopNginx() {
        if (nginx != null) {
            nginx.destroy();
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
