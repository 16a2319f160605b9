package eus.berrigune.testdata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (vnu, the W3C's HTML validator) as a library: checks a document offline against the HTML
 * Living Standard, with the schema vnu's own client uses. Only errors count; warnings do not. The schema is read once
 * (seconds) and the checker reused for every page (milliseconds each); it is not thread-safe, hence synchronized.
 */
public final class HtmlChecker {

    private static final SimpleDocumentValidator VALIDATOR = new SimpleDocumentValidator(true, false, false);
    private static boolean schemaLoaded;

    private HtmlChecker() {}

    /** The errors in an HTML document, each with its line, column and the text around it. */
    public static synchronized List<String> errors(String html) {
        Collector collector = new Collector(html.split("\n", -1));
        try {
            if (!schemaLoaded) {
                VALIDATOR.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collector);
                schemaLoaded = true;
            }
            VALIDATOR.setUpValidatorAndParsers(collector, true, false);
            InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setEncoding("UTF-8");
            VALIDATOR.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            if (collector.errors.isEmpty()) {
                throw new IllegalStateException("the HTML checker failed", e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the HTML checker could not read its schema", e);
        }
        return collector.errors;
    }

    private static final class Collector implements ErrorHandler {

        final String[] lines;
        final List<String> errors = new ArrayList<>();

        Collector(String[] lines) {
            this.lines = lines;
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings (e.g. advice on ARIA redundancy) are not errors
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add("fatal: " + describe(e));
        }

        private String describe(SAXParseException e) {
            int line = e.getLineNumber();
            int column = e.getColumnNumber();
            String extract = "";
            if (line >= 1 && line <= lines.length) {
                String text = lines[line - 1];
                int end = Math.min(text.length(), Math.max(column, 0));
                extract = "  «" + text.substring(Math.max(0, end - 80), end).strip() + "»";
            }
            return "line " + line + ":" + column + " " + e.getMessage() + extract;
        }
    }
}
