package eus.berrigune.shared.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned migrations in {@code db/migration} before anything else runs.
 * If a migration fails the application does not start (and the readiness check stays down).
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/berrigune")
    DataSource dataSource;

    private volatile boolean done;

    void migrate(@Observes @Priority(1) Startup startup) {
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                // A new database where Liberty's session store (liberty-config/session-database.xml) made its table
                // before the first migration: Flyway would refuse a non-empty schema, so the empty history starts
                // below V1 and every migration runs. Any other table without a history is still refused.
                .baselineOnMigrate(onlySessionTables())
                .baselineVersion("0")
                .locations("classpath:db/migration")
                // Liberty (like WebSphere) finds a classpath folder only through a file in it: db/migration holds an
                // empty flyway.location for that reason. Callbacks live in the same folder.
                .callbackLocations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
        done = true;
    }

    /** Whether the schema has no migration history and no tables but Liberty's HTTP session table. */
    private boolean onlySessionTables() {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement tables = connection.prepareStatement(
                     "select lower(table_name) from information_schema.tables where table_schema = current_schema()");
             java.sql.ResultSet names = tables.executeQuery()) {
            boolean any = false;
            while (names.next()) {
                if (!SESSION_TABLE.equals(names.getString(1))) {
                    return false;
                }
                any = true;
            }
            return any;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not read the database's tables", e);
        }
    }

    /** The table of liberty-config/session-database.xml. */
    static final String SESSION_TABLE = "berrigune_sessions";

    public boolean isDone() {
        return done;
    }
}
