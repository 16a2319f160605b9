package eus.berrigune.pilot.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A clinician's need stays in the hospital; its candidates are published products, ranked and explained. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NeedApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    @Test
    void aNeedIsTheHospitalsOwnAndItsCandidatesAreRankedWithReasons() throws Exception {
        Actors actors = new Actors(baseUrl.toURI());
        Actor clinician = actors.staffOfNewBuyer("CLINICIAN");
        Actor buyer = actors.staffOf(clinician, "BUYER");
        Actor otherHospital = actors.staffOfNewBuyer("CLINICIAN");
        Actor supplier = actors.supplierOfNewCompany();
        String word = "nd" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        // a stress-analysis system (EMDN Z12050101) that no other test uses, so the candidates are these products
        long withFhir = supplier.api().post("/api/v1/products", Products.complete("Stress analyser FHIR " + word)
                .add("emdnCode", "Z12050101").build()).locationId();
        supplier.api().post("/api/v1/products/" + withFhir + "/publish", null);
        long draft = supplier.api().post("/api/v1/products", Products.complete("Draft analyser " + word)
                .add("emdnCode", "Z12050101").build()).locationId();
        long withoutFhir = supplier.api().post("/api/v1/products", Products.complete("Stress analyser plain " + word)
                .add("emdnCode", "Z12050101").add("interoperability", Json.createArrayBuilder()).build()).locationId();
        supplier.api().post("/api/v1/products/" + withoutFhir + "/publish", null);

        JsonObject need = Json.createObjectBuilder()
                .add("title", "Reingresos por insuficiencia cardiaca " + word)
                .add("problem", "Los pacientes reingresan por descompensación.")
                .add("careSetting", "Domicilio")
                .add("patientsAffected", 400)
                .add("emdnCodes", Json.createArrayBuilder().add("Z120501"))
                .add("requiredStandards", Json.createArrayBuilder().add("HL7_FHIR"))
                .build();
        Api.Response created = clinician.api().post("/api/v1/needs", need);
        assertThat(created.status()).isEqualTo(201);
        long id = created.locationId();

        assertThat(buyer.api().get("/api/v1/needs/" + id).status()).isEqualTo(200);
        assertThat(buyer.api().get("/api/v1/needs").text()).contains(word);
        assertThat(otherHospital.api().get("/api/v1/needs/" + id).status()).isEqualTo(404);
        assertThat(otherHospital.api().get("/api/v1/needs").text()).doesNotContain(word);
        assertThat(otherHospital.api().get("/api/v1/needs/" + id + "/candidates").status()).isEqualTo(404);
        assertThat(supplier.api().get("/api/v1/needs/" + id).status()).isEqualTo(403);
        assertThat(supplier.api().post("/api/v1/needs", need).status()).isEqualTo(403);
        assertThat(Api.anonymous(baseUrl.toURI()).get("/api/v1/needs").status()).isEqualTo(401);
        assertThat(clinician.api().post("/api/v1/needs", Json.createObjectBuilder().add("title", " ").build()).status())
                .isEqualTo(422);

        JsonArray candidates = clinician.api().get("/api/v1/needs/" + id + "/candidates", "es").jsonArray();
        java.util.List<Long> ids = candidates.stream().map(v -> ((JsonObject) v).getJsonNumber("productId").longValue())
                .toList();
        assertThat(ids).containsExactly(withFhir, withoutFhir).doesNotContain(draft);
        JsonObject first = candidates.getJsonObject(ids.indexOf(withFhir));
        assertThat(first.getBoolean("clinicalInvestigation")).isFalse();
        assertThat(first.getJsonArray("reasons").toString())
                .contains("Marcado CE, certificado vigente", "Admite 1 de los 1 estándares");
        int total = first.getJsonArray("reasons").stream()
                .mapToInt(r -> Integer.parseInt(r.toString().replaceAll("^\"\\+(\\d+).*", "$1"))).sum();
        assertThat(total).isEqualTo(first.getInt("score"));
    }
}
