package eus.berrigune.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in eu, es and en: the bundles have the same keys, every key a view or the code uses exists, and
 * no view carries literal text outside of the bundle.
 */
class I18nBundlesTest {

    static final Path BUNDLES = Path.of("src/main/resources/eus/berrigune/i18n");
    static final Path VIEWS = Path.of("src/main/webapp");
    static final Path JAVA = Path.of("src/main/java");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void everyLanguageHasExactlyTheSameKeys(String bundle) throws IOException {
        Set<String> english = load(bundle + ".properties").stringPropertyNames();
        for (String language : List.of("eu", "es")) {
            Properties translated = load(bundle + "_" + language + ".properties");
            assertThat(new TreeSet<>(translated.stringPropertyNames())).as(bundle + "_" + language)
                    .isEqualTo(new TreeSet<>(english));
            translated.forEach((key, value) -> assertThat(value.toString()).as(language + ": " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInTheViewsExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern used = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        for (Path view : views()) {
            Matcher m = used.matcher(Files.readString(view));
            while (m.find()) {
                assertThat(keys).as("key %s in %s", m.group(1), view).contains(m.group(1));
            }
        }
    }

    @Test
    void everyMessageKeyInTheCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("\"((?:validation|error|product|evidence|document|user|organisation|problem"
                + "|company|admin|evaluator|login|buyer|shortlist|notification|notifications|consultation|pilot|need|feedback)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).endsWith(".pdf")) {
                        assertThat(keys).as("key %s in %s", m.group(1), source).contains(m.group(1));
                    }
                }
            }
        }
    }

    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_es.properties", "messages_eu.properties"}) {
            List<String> keys = Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .toList();
            assertThat(keys).as(file).doesNotHaveDuplicates();
        }
    }

    @Test
    void viewsHaveNoLiteralText() throws IOException {
        Pattern textNode = Pattern.compile(">([^<>]*)<");
        List<String> offenders = new ArrayList<>();
        for (Path view : views()) {
            String source = Files.readString(view).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = textNode.matcher(source);
            while (m.find()) {
                String text = m.group(1).replaceAll("#\\{[^}]*\\}", "").replaceAll("&[a-z]+;|&#\\d+;", "").strip();
                for (String allowed : ALLOWED) {
                    text = text.replace(allowed, "");
                }
                if (text.chars().anyMatch(Character::isLetter)) {
                    offenders.add(view + ": " + text);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Names and codes that are the same in every language. */
    static final Set<String> ALLOWED = Set.of("Berrigune", "EMDN", "CPV", "CE", "kg CO₂e", "PDF", "TRL", "n =", "UTC");

    static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
