package eus.berrigune.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The harness's Liberty server (created and deployed by the "reliability" profile): start, kill -9, stop. */
final class LibertyServer {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Path wlp;
    private final String name;
    final URI base;

    LibertyServer(Path wlp, String name, URI base) {
        this.wlp = wlp;
        this.name = name;
        this.base = base;
    }

    /** Starts the server and waits until /health/ready says UP; returns the seconds it took. */
    double start() {
        long started = System.nanoTime();
        Shell.run(List.of(wlp.resolve("bin/server").toString(), "start", name),
                Map.of("JAVA_HOME", System.getProperty("java.home")), false);
        awaitReady(Duration.ofMinutes(5));
        return (System.nanoTime() - started) / 1e9;
    }

    void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(base.resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not yet listening
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("Server " + name + " not ready within " + limit);
    }

    /** kill -9 of the server's JVM: no shutdown hook, no transaction finished. */
    void kill() throws java.io.IOException {
        String pid = Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).strip();
        Shell.run(List.of("kill", "-9", pid));
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> p.onExit().join());
    }

    void stop() {
        Shell.run(List.of(wlp.resolve("bin/server").toString(), "stop", name),
                Map.of("JAVA_HOME", System.getProperty("java.home")), true);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
