package eus.berrigune.testdata;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official schemas of the open-data exports, for tests (docs/open-data.md).
 *
 * <p><b>OCDS</b>: the 1.1.5 release package and release schemas (draft-04), shipped under
 * {@code src/test/resources/ocds/1.1.5}. The package schema refers to the release schema by its published address;
 * the registry maps that address to the local copy, so nothing is fetched. The enquiries extension is a JSON Merge
 * Patch (RFC 7386) over the release schema: it is applied here with JSON-P's merge patch, as OCDS tooling (the
 * extension registry's profile builder) does, so that {@code tender.enquiries} is checked against the extension's
 * {@code Enquiry} definition (required id, date-time formats, string fields) and not merely let through as an unknown
 * property.
 *
 * <p><b>eForms</b>: the UBL 2.3 PriorInformationNotice maindoc XSD of the eForms SDK 1.13 jar (a test dependency),
 * read from the classpath so that its relative imports resolve inside the jar.
 */
public final class OpenDataSchemas {

    static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    static final String RESOURCES = "/ocds/1.1.5/";
    static final String EFORMS_PIN = "/eforms-sdk/schemas/maindoc/UBL-PriorInformationNotice-2.3.xsd";

    private static Schema ocdsPackage;
    private static javax.xml.validation.Schema eforms;

    private OpenDataSchemas() {}

    /** The release schema with the enquiries extension merged in. */
    public static JsonObject patchedReleaseSchema() {
        JsonObject release = readJson(RESOURCES + "release-schema.json");
        JsonObject patch = readJson(RESOURCES + "extensions/enquiry/release-schema.json");
        return Json.createMergePatch(patch).apply(release).asJsonObject();
    }

    /** The schema violations of an OCDS release package (empty when valid). */
    public static synchronized List<String> ocdsErrors(String releasePackage) {
        if (ocdsPackage == null) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                    builder -> builder.schemas(Map.of(
                            BASE + "release-schema.json", patchedReleaseSchema().toString(),
                            BASE + "release-package-schema.json", readText(RESOURCES + "release-package-schema.json"))));
            ocdsPackage = registry.getSchema(SchemaLocation.of(BASE + "release-package-schema.json"));
        }
        return ocdsPackage.validate(releasePackage, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The XSD violations of an eForms notice (empty when valid). */
    public static synchronized List<String> eformsErrors(String xml) {
        try {
            if (eforms == null) {
                URL xsd = OpenDataSchemas.class.getResource(EFORMS_PIN);
                if (xsd == null) {
                    throw new IllegalStateException(EFORMS_PIN + " is not on the test classpath (eforms-sdk)");
                }
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                eforms = factory.newSchema(xsd);
            }
            Validator validator = eforms.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            List<String> errors = new ArrayList<>();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
            return errors;
        } catch (SAXException e) {
            return List.of(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject readJson(String resource) {
        try (JsonReader reader = Json.createReader(new StringReader(readText(resource)))) {
            return reader.readObject();
        }
    }

    static String readText(String resource) {
        try (InputStream in = OpenDataSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
