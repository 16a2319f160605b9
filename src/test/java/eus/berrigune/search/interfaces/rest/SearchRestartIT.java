package eus.berrigune.search.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Database;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.Products;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After a restart the index never returns a deleted, unpublished or stale product: the application (which holds the
 * index) is stopped, the database is changed behind its back, and the application is started again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchRestartIT {

    static final String APP = "restart";

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void changesMadeWhileTheApplicationWasDownAreWhatSearchShowsAfterItStarts() throws Exception {
        URI base = URI.create("http://localhost:" + System.getProperty("it.http.port", "9180") + "/");
        deployer.deploy(APP);
        try {
            Actors actors = new Actors(base);
            Actor supplier = actors.supplierOfNewCompany();
            Api anonymous = Api.anonymous(base);
            String word = "rz" + new java.util.Random().ints(8, 'a', 'z' + 1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
            long unpublished = publish(supplier, "Unpublished glucometer " + word);
            long deleted = publish(supplier, "Deleted glucometer " + word);
            long renamed = publish(supplier, "Stale glucometer " + word);
            assertThat(total(anonymous, word)).isEqualTo(3);

            deployer.undeploy(APP);
            try (Connection db = Database.connect()) {
                update(db, "UPDATE product SET status = 'ARCHIVED' WHERE id = ?", unpublished);
                update(db, "DELETE FROM product WHERE id = ?", deleted);
                update(db, "UPDATE product_text SET name = 'Fresh glucometer " + word + "' WHERE product_id = ?", renamed);
            }
            deployer.deploy(APP);

            JsonObject found = anonymous.get("/api/v1/search?q=" + word).json();
            assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
            assertThat(found.getJsonArray("hits").getJsonObject(0).getString("name")).isEqualTo("Fresh glucometer " + word);
            assertThat(anonymous.get("/api/v1/search?q=Unpublished%20" + word).text()).doesNotContain("Unpublished glucometer");
            // the owner still finds the archived one as archived; nobody finds the deleted one
            JsonObject own = supplier.api().get("/api/v1/search?q=" + word).json();
            assertThat(own.getJsonNumber("total").longValue()).isEqualTo(2);
            assertThat(own.toString()).contains("\"ARCHIVED\"").doesNotContain("Deleted glucometer");
        } finally {
            deployer.undeploy(APP);
        }
    }

    static long publish(Actor supplier, String name) {
        long id = supplier.api().post("/api/v1/products", Products.complete(name).build()).locationId();
        assertThat(supplier.api().post("/api/v1/products/" + id + "/publish", null).status()).isEqualTo(200);
        return id;
    }

    static long total(Api api, String text) {
        return api.get("/api/v1/search?q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
                .json().getJsonNumber("total").longValue();
    }

    static void update(Connection db, String sql, long id) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, id);
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }
}
