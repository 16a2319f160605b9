package eus.berrigune.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as one browser would see them, without a browser: a cookie jar and, for a signed-in user, the sign-in
 * form posted once (its hidden fields and view state read from the page). Redirects are not followed, so that a
 * redirect to the sign-in page can be told from a page.
 */
public final class WebSession {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private WebSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
    }

    /** The value of a cookie this browser holds, if any. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    public static WebSession anonymous(URI base) {
        return new WebSession(base);
    }

    public static WebSession signedIn(URI base, String username, String password) {
        WebSession session = new WebSession(base);
        session.signIn(username, password);
        return session;
    }

    private void signIn(String username, String password) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(resolve("/login.xhtml")).GET());
        String html = page.body();
        Matcher action = ACTION.matcher(html);
        if (page.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("No sign-in form: " + page.statusCode());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String tag = input.group();
            Matcher name = NAME.matcher(tag);
            if (name.find() && tag.contains("type=\"hidden\"")) {
                Matcher value = VALUE.matcher(tag);
                fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "Sign in");
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(resolve(unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.statusCode() / 100 != 3) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signedIn.statusCode());
        }
    }

    public HttpResponse<byte[]> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI resolve(String path) {
        if (path.startsWith("http")) {
            return URI.create(path);
        }
        if (path.startsWith(base.getPath())) {
            return base.resolve(path);
        }
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#58;", ":").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
