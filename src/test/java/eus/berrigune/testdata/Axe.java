package eus.berrigune.testdata;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (Deque, MPL-2.0), shipped as a test resource ({@code src/test/resources/axe-core/}), run inside the page
 * that the browser shows. Nothing is downloaded: the script is read from the class path and injected through
 * WebDriver, which is not subject to the page's Content-Security-Policy.
 */
public final class Axe {

    /** WCAG 2.0 and 2.1, levels A and AA: what EN 301 549 and the EU Web Accessibility Directive require. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String RESOURCE = "/axe-core/4.14.1/axe.min.js";
    private static final String SOURCE = read();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(function (results) {
                    done(JSON.stringify(results.violations.map(function (v) {
                        return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                            nodes: v.nodes.map(function (n) {
                                return {target: n.target.map(String), html: n.html, summary: n.failureSummary};
                            })};
                    })));
                })
                .catch(function (e) { done(JSON.stringify({error: String(e)})); });
            """;

    private Axe() {}

    /** The violations of the rules with the given tags on the page the browser shows now. */
    public static List<Violation> check(ChromeDriver browser, List<String> tags) {
        Object present = browser.executeScript("return typeof window.axe === 'object';");
        if (!Boolean.TRUE.equals(present)) {
            browser.executeScript(SOURCE);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String json = (String) browser.executeAsyncScript(RUN, tags);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            var value = reader.readValue();
            if (value instanceof JsonObject error) {
                throw new IllegalStateException("axe-core failed: " + error.getString("error"));
            }
            return value.asJsonArray().stream().map(v -> Violation.of(v.asJsonObject())).toList();
        }
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One rule broken on a page, with the elements that break it.
     *
     * @param id the axe rule (e.g. {@code color-contrast})
     * @param impact minor, moderate, serious or critical
     * @param help what the rule asks for
     * @param helpUrl Deque's explanation of the rule
     * @param nodes the offending elements
     */
    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

        static Violation of(JsonObject v) {
            JsonArray nodes = v.getJsonArray("nodes");
            return new Violation(v.getString("id"), v.isNull("impact") ? "?" : v.getString("impact"), v.getString("help"),
                    v.getString("helpUrl"), nodes.stream().map(n -> Node.of(n.asJsonObject())).toList());
        }

        /** Rule, impact, what it asks for, and for each element its CSS selector, its HTML and what to fix. */
        public String describe() {
            return id + " (" + impact + "): " + help + " <" + helpUrl + ">" + nodes.stream()
                    .map(n -> "\n      " + n.target() + "  " + n.html() + "\n        " + n.summary().replace("\n", "\n        "))
                    .collect(Collectors.joining());
        }
    }

    /**
     * An offending element.
     *
     * @param target its CSS selector(s)
     * @param html the start of its HTML
     * @param summary axe's advice on how to fix it
     */
    public record Node(List<String> target, String html, String summary) {

        static Node of(JsonObject n) {
            return new Node(n.getJsonArray("target").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                    n.getString("html", ""), n.isNull("summary") ? "" : n.getString("summary", ""));
        }
    }
}
