package eus.berrigune.shared.application;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure caused by the database being unreachable (down, restarting, crashed, the pool unable to get a
 * connection) from every other failure, so that callers answer "come back in a few seconds" (HTTP 503 with
 * {@code Retry-After}) instead of "something went wrong" (500). The classes of JDBC, JTA and EclipseLink are
 * recognised by name, so the rule costs no dependency on them.
 */
public final class DatabaseOutage {

    /** What {@code Retry-After} says during an outage: the pool validates connections and recovers within seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQLStates of an unreachable or stopping database besides class 08 (connection exception): 57P01 (admin
     * shutdown), 57P02 (crash shutdown), 57P03 (cannot connect now: starting up or shutting down), 53300 (too many
     * connections). Serialisation failures and deadlocks are conflicts, not outages, and are not here.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** The pool's and the transaction manager's ways of saying "no database" (Liberty, JCA, JTA, XA). */
    private static final Set<String> CLASS_NAMES = Set.of(
            "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException",
            "javax.resource.ResourceException",
            "javax.resource.spi.ResourceAllocationException",
            "com.ibm.websphere.ce.cm.StaleConnectionException",
            "com.ibm.ws.rsadapter.exceptions.DataStoreAdapterException",
            "javax.transaction.xa.XAException",
            "jakarta.transaction.HeuristicMixedException",
            "jakarta.transaction.HeuristicRollbackException");

    private DatabaseOutage() {}

    /** Whether {@code failure}, or anything in its chain of causes, says the database cannot be reached. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (says(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                    if (says(next)) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean says(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("08") || STATES.contains(state)) {
                return true;
            }
        }
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (CLASS_NAMES.contains(c.getName())) {
                return true;
            }
        }
        return isEclipseLinkCommunicationFailure(t);
    }

    /** EclipseLink's DatabaseException 4002 / 7060 wrap the driver's; "communication failure" ones carry no SQL cause. */
    private static boolean isEclipseLinkCommunicationFailure(Throwable t) {
        if (!t.getClass().getName().startsWith("org.eclipse.persistence.exceptions.")) {
            return false;
        }
        String message = String.valueOf(t.getMessage());
        return message.contains("communication failure") || message.contains("Cannot acquire data source")
                || message.contains("EclipseLink-7060");
    }
}
