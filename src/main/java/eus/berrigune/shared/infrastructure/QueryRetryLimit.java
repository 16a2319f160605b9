package eus.berrigune.shared.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shortens EclipseLink's retry of a read that met a lost database connection. By default EclipseLink waits 5 s and
 * retries a read made outside its own database transaction up to 3 times: during a database outage every request that
 * reads (the password check of HTTP Basic, the search's visibility check, …) then hangs for up to 15 s, and the
 * service comes back up to 5 s after the database. The reliability harness measured it (requests of 10 s, recovery of
 * 5.0 s; docs/reliability.md). With one retry after 0.5 s a blip of the network is still hidden, and a real outage is
 * answered at once (503, or the search from its index).
 *
 * <p>The EclipseLink 4.0 inside Liberty has no persistence-unit property for this, and a {@code SessionCustomizer}
 * would need Liberty's third-party API visible to the application, which a dropins deployment (the tests') cannot
 * ask for. So the two settings are made on the running server session through its public API, reached by
 * reflection from the entity manager's delegate. If that ever fails, the defaults stay and a warning says so: nothing else changes.
 */
@ApplicationScoped
public class QueryRetryLimit {

    static final int ATTEMPTS = 1;
    static final int DELAY_MILLIS = 500;

    private static final Logger LOG = Logger.getLogger(QueryRetryLimit.class.getName());

    @PersistenceContext(unitName = "berrigune")
    EntityManager em;

    void apply(@Observes @Priority(2) Startup startup) {
        try {
            // EclipseLink's EntityManagerImpl.getServerSession().getLogin(): the session shared by every request
            Object delegate = em.getDelegate();
            Object session = delegate.getClass().getMethod("getServerSession").invoke(delegate);
            Object login = session.getClass().getMethod("getLogin").invoke(session);
            Method attempts = publicMethod(login.getClass(), "setQueryRetryAttemptCount");
            Method delay = publicMethod(login.getClass(), "setDelayBetweenConnectionAttempts");
            attempts.invoke(login, ATTEMPTS);
            delay.invoke(login, DELAY_MILLIS);
            LOG.info(() -> "Database reads retried " + ATTEMPTS + " time(s), " + DELAY_MILLIS
                    + " ms apart, when the connection is lost");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, e, () -> "Could not shorten the query retry of EclipseLink; during a database"
                    + " outage reads may wait up to 15 s");
        }
    }

    private static Method publicMethod(Class<?> type, String name) throws NoSuchMethodException {
        return type.getMethod(name, int.class);
    }
}
