package eus.berrigune.testdata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Product records and documents for tests. */
public final class Products {

    private Products() {}

    /** A complete record: it can be published as it is. */
    public static JsonObjectBuilder complete(String name) {
        return Json.createObjectBuilder()
                .add("texts", Json.createObjectBuilder()
                        .add("en", Json.createObjectBuilder()
                                .add("name", name)
                                .add("description", "Remote monitoring of heart failure patients at home.")
                                .add("intendedPurpose", "Monitoring of vital signs of adults with heart failure."))
                        .add("es", Json.createObjectBuilder()
                                .add("name", name + " ES")
                                .add("description", "Monitorización remota de pacientes con insuficiencia cardiaca.")
                                .add("intendedPurpose", "Monitorización de constantes vitales.")))
                .add("emdnCode", "Z12")
                .add("cpvCodes", Json.createArrayBuilder().add("33195100-4"))
                .add("regulatory", Json.createObjectBuilder()
                        .add("legislation", "MDR")
                        .add("riskClass", "IIA")
                        .add("ceStatus", "CE_MARKED")
                        .add("notifiedBodyNumber", "0318")
                        .add("notifiedBodyName", "Test Notified Body")
                        .add("certificateNumber", "CERT-1")
                        .add("certificateExpiry", "2030-01-31")
                        .add("basicUdiDi", "8437000000TEST"))
                .add("trl", 9)
                .add("interoperability", Json.createArrayBuilder().add("HL7_FHIR"))
                .add("sustainability", Json.createObjectBuilder()
                        .add("kgCo2e", 12.5)
                        .add("declaredUnit", "one device over its service life")
                        .add("method", "ISO_14067")
                        .add("referenceYear", 2024)
                        .add("thirdPartyVerified", true)
                        .add("recyclablePercent", 60)
                        .add("takeBack", true));
    }

    /** Creates and publishes a complete product of the supplier's company; returns its id. */
    public static long published(Actors.Actor supplier, String name) {
        long id = supplier.api().post("/api/v1/products", complete(name).build()).locationId();
        supplier.api().post("/api/v1/products/" + id + "/publish", null);
        return id;
    }

    /** A draft that lacks what publication needs (no regulatory data, no EMDN code). */
    public static JsonObject incomplete(String name) {
        return Json.createObjectBuilder()
                .add("texts", Json.createObjectBuilder()
                        .add("eu", Json.createObjectBuilder().add("name", name)))
                .build();
    }

    public static JsonObject evidence(String design) {
        return Json.createObjectBuilder()
                .add("kind", "CLINICAL_OUTCOME")
                .add("design", design)
                .add("population", 120)
                .add("title", "Reduction of readmissions")
                .add("summary", "Readmissions fell by 20 % in the intervention group.")
                .add("language", "en")
                .add("reference", "https://doi.org/10.1000/test")
                .build();
    }

    /** A minimal but real PDF document. */
    public static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[6];
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 6\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            pdf.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        pdf.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(pdf.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
