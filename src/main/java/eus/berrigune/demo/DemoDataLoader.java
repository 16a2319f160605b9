package eus.berrigune.demo;

import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.shared.infrastructure.DatabaseMigrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode ({@code BERRIGUNE_DEMO=true}, the default of {@code ./mvnw liberty:run}): loads the demo data set once,
 * into an empty database, after the migrations. With demo mode off nothing is loaded: no demo users, no demo data.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "berrigune.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    IdentityService identity;

    @Inject
    DemoDataSet dataSet;

    @Inject
    DatabaseMigrations migrations;

    void load(@Observes @Priority(100) Startup startup) {
        if (!demoMode) {
            LOG.info("Demo mode is off: no demo data loaded.");
            return;
        }
        if (identity.hasAnyUser()) {
            LOG.info("Demo mode is on; the database already has users, so the demo data set is not loaded again.");
            return;
        }
        DemoDataSet.Counts counts = dataSet.load();
        LOG.info(() -> "Demo data loaded: " + counts.organisations() + " organisations, " + counts.users()
                + " users, " + counts.products() + " products, " + counts.consultations()
                + " market consultations, " + counts.needs() + " clinical needs, " + counts.pilots()
                + " pilots. Users are listed in README.md.");
    }
}
