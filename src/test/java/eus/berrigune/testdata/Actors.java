package eus.berrigune.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Arranges the people of a test through the administration API: fresh organisations and users with unique names,
 * so that tests never depend on each other's data. The initial administrator comes from the integration-test
 * server's environment (see pom.xml, it-server).
 */
public final class Actors {

    public static final String ADMIN_USER = "itadmin";
    public static final String ADMIN_PASSWORD = "it-admin-password";
    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final URI base;
    private final Api admin;

    public Actors(URI base) {
        this.base = base;
        this.admin = Api.as(base, ADMIN_USER, ADMIN_PASSWORD);
    }

    public Api admin() {
        return admin;
    }

    /** A company with one supplier user. */
    public Actor supplierOfNewCompany() {
        long company = organisation("COMPANY", "Test Company " + unique());
        return user(company, "SUPPLIER");
    }

    /** A second supplier of the same company. */
    public Actor colleagueOf(Actor supplier) {
        return user(supplier.organisationId(), "SUPPLIER");
    }

    /** A buying organisation with one user holding the role. */
    public Actor staffOfNewBuyer(String role) {
        long buyer = organisation("BUYER", "Test Hospital " + unique());
        return user(buyer, role);
    }

    public Actor staffOf(Actor colleague, String role) {
        return user(colleague.organisationId(), role);
    }

    public long organisation(String kind, String name) {
        Api.Response response = admin.post("/api/v1/admin/organisations", Json.createObjectBuilder()
                .add("kind", kind)
                .add("name", name)
                .add("city", "Donostia")
                .add("clusterMember", kind.equals("COMPANY"))
                .build());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.locationId();
    }

    public Actor user(long organisationId, String... roles) {
        return userSpeaking("en", organisationId, roles);
    }

    /** A user whose preferred language is {@code language} (eu, es or en). */
    public Actor userSpeaking(String language, long organisationId, String... roles) {
        String username = "u" + unique();
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        for (String role : roles) {
            roleArray.add(role);
        }
        Api.Response response = admin.post("/api/v1/admin/users", Json.createObjectBuilder()
                .add("username", username)
                .add("password", PASSWORD)
                .add("displayName", "Test " + username)
                .add("email", username + "@test.example")
                .add("organisationId", organisationId)
                .add("language", language)
                .add("roles", roleArray)
                .build());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Actor(username, PASSWORD, organisationId, Api.as(base, username, PASSWORD));
    }

    private static String unique() {
        return SEQUENCE.incrementAndGet() + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A user of a test.
     *
     * @param username sign-in name
     * @param password password
     * @param organisationId organisation
     * @param api the API as this user
     */
    public record Actor(String username, String password, long organisationId, Api api) {

        /** The e-mail address every test user is created with. */
        public String email() {
            return username + "@test.example";
        }
    }
}
