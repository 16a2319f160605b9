package eus.berrigune.insight.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import java.net.URL;
import java.time.LocalDate;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each role's "needs your attention" list holds its own work and nobody else's. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttentionApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseUrl;

    @Test
    void everyRoleSeesWhatWaitsForItAndNothingOfOthers() throws Exception {
        Actors actors = new Actors(baseUrl.toURI());
        Actor clinician = actors.staffOfNewBuyer("CLINICIAN");
        Actor buyer = actors.staffOf(clinician, "BUYER");
        Actor otherHospital = actors.staffOfNewBuyer("BUYER");
        Actor supplier = actors.supplierOfNewCompany();
        Actor otherSupplier = actors.supplierOfNewCompany();
        String word = "at" + new Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String expiry = LocalDate.now().plusDays(30).toString();
        long product = supplier.api().post("/api/v1/products", Products.complete("Expiring " + word)
                .add("emdnCode", "Z120604")
                .add("regulatory", Json.createObjectBuilder().add("legislation", "MDR").add("riskClass", "IIA")
                        .add("ceStatus", "CE_MARKED").add("notifiedBodyNumber", "0318")
                        .add("notifiedBodyName", "Test Notified Body").add("certificateNumber", "CERT-1")
                        .add("certificateExpiry", expiry).add("basicUdiDi", "8437000000TEST"))
                .build()).locationId();
        assertThat(supplier.api().post("/api/v1/products/" + product + "/publish", null).status()).isEqualTo(200);
        long need = clinician.api().post("/api/v1/needs", Json.createObjectBuilder().add("title", "Need " + word)
                .add("problem", "p").add("emdnCodes", Json.createArrayBuilder().add("Z120604")).build()).locationId();
        long pilot = clinician.api().post("/api/v1/pilots", Json.createObjectBuilder().add("needId", need)
                .add("productId", product).add("intendedUse", "Use").add("withinIntendedPurpose", true).build())
                .locationId();

        assertThat(attention(supplier)).contains("The CE certificate of Expiring " + word + " expires on " + expiry);
        assertThat(attention(buyer)).contains("Pilot request to triage: Expiring " + word);
        assertThat(attention(clinician)).doesNotContain(word);
        assertThat(attention(otherHospital)).doesNotContain(word);
        assertThat(attention(otherSupplier)).doesNotContain(word);

        buyer.api().post("/api/v1/pilots/" + pilot + "/triage", null);
        buyer.api().post("/api/v1/pilots/" + pilot + "/approval", null);
        buyer.api().post("/api/v1/pilots/" + pilot + "/invitation", null);
        assertThat(attention(supplier)).contains("Pilot invitation to answer: Expiring " + word);
        assertThat(attention(otherSupplier)).doesNotContain(word);
        assertThat(Api.anonymous(baseUrl.toURI()).get("/api/v1/me/attention").status()).isEqualTo(401);
    }

    private static String attention(Actor actor) {
        Api.Response r = actor.api().get("/api/v1/me/attention");
        assertThat(r.status()).isEqualTo(200);
        return r.text();
    }
}
