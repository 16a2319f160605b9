package eus.berrigune.testdata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the REST API, acting as one user (or anonymously). */
public final class Api {

    /**
     * HTTP/1.1: the JDK client's default h2c upgrade on plain HTTP sometimes leaves Liberty waiting for the HTTP/2
     * connection preface forever (seen under load); browsers never upgrade plain HTTP either.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;
    private final java.util.Map<String, String> extraHeaders;

    private Api(URI base, String authorization) {
        this(base, authorization, java.util.Map.of());
    }

    private Api(URI base, String authorization, java.util.Map<String, String> extraHeaders) {
        this.base = base;
        this.authorization = authorization;
        this.extraHeaders = extraHeaders;
    }

    /** The same client, sending one more header on every request (e.g. an Idempotency-Key). */
    public Api withHeader(String name, String value) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new Api(base, authorization, java.util.Map.copyOf(headers));
    }

    public static Api anonymous(URI base) {
        return new Api(base, null);
    }

    public static Api as(URI base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response get(String path, String acceptLanguage) {
        return send(request(path).setHeader("Accept-Language", acceptLanguage).GET());
    }

    public Response post(String path, JsonStructure body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body.toString())));
    }

    public Response postRaw(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response put(String path, JsonStructure body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        extraHeaders.forEach(builder::header);
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with helpers to read its JSON body. */
    public static final class Response {
        private final HttpResponse<byte[]> raw;

        Response(HttpResponse<byte[]> raw) {
            this.raw = raw;
        }

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public byte[] bytes() {
            return raw.body();
        }

        public String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(text())).readObject();
        }

        public jakarta.json.JsonArray jsonArray() {
            return Json.createReader(new StringReader(text())).readArray();
        }

        /** The id at the end of the Location header. */
        public long locationId() {
            String location = header("Location");
            return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + text();
        }
    }
}
