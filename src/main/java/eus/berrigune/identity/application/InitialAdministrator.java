package eus.berrigune.identity.application;

import eus.berrigune.identity.domain.Organisation;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.shared.domain.Language;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First run without demo data: when the database has no user at all and {@code BERRIGUNE_ADMIN_USERNAME} and
 * {@code BERRIGUNE_ADMIN_PASSWORD} are set, creates the health system's organisation and that administrator, who then
 * creates everything else. Does nothing once any user exists, so the variables can stay set.
 */
@ApplicationScoped
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    IdentityService identity;

    @Inject
    @ConfigProperty(name = "berrigune.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "berrigune.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "berrigune.admin.email", defaultValue = "admin@localhost.localdomain")
    String email;

    @Inject
    @ConfigProperty(name = "berrigune.health.system.name", defaultValue = "Osasun Publikoa")
    String healthSystemName;

    void create(@Observes @Priority(200) Startup startup) {
        if (username.isEmpty() || password.isEmpty() || identity.hasAnyUser()) {
            return;
        }
        long organisation = identity.findOrganisationIdByName(healthSystemName)
                .orElseGet(() -> identity.createOrganisationUnchecked(
                        OrganisationKind.BUYER,
                        new Organisation.ProfileData(healthSystemName, null, null, null, null, null, null, null),
                        false));
        identity.createUserUnchecked(new IdentityService.NewUser(
                username.get(), password.get(), "Administrator", email, organisation, Language.ES, Set.of(Role.ADMIN)));
        LOG.info(() -> "Created the initial administrator '" + username.get() + "' of " + healthSystemName + ".");
    }
}
