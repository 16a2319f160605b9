package eus.berrigune.audit.application;

import eus.berrigune.audit.domain.AuditEvent;
import eus.berrigune.audit.domain.AuditOutcome;
import eus.berrigune.identity.application.AuthenticatedUser;
import eus.berrigune.identity.application.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;

/**
 * How every capability writes to the audit trail. Application services call it at the end of each audited command,
 * inside their transaction, so the record commits or rolls back with the change:
 *
 * <pre>
 * audit.record("publish", "product", productId);
 * audit.record("read", "answer", answerId, "company " + companyId);
 * </pre>
 *
 * <p>Actions and object types are lower-case codes ({@code create}, {@code update}, {@code publish},
 * {@code add-evidence}, …; {@code product}, {@code consultation}, …; docs/architecture.md lists them). The actor
 * (user, organisation) is the signed-in caller, resolved here. Free text ({@code detail}) may come from users: it is
 * neutralised and cut, never trusted. Denials thrown by application services are recorded without any call (see
 * {@link DenialRecorder}).
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditWriter writer;

    @Inject
    Instance<CurrentUser> currentUser;

    @Inject
    Clock clock;

    /** A successful action of the current caller on an object, in the caller's transaction. */
    public void record(String action, String objectType, Object objectId) {
        record(action, objectType, objectId, null);
    }

    /** A successful action of the current caller on an object, with a short detail, in the caller's transaction. */
    public void record(String action, String objectType, Object objectId, String detail) {
        writer.append(event(currentActor(), action, objectType, objectId, AuditOutcome.SUCCESS, detail));
    }

    /** An action of the application itself (a clock task, retention), in the caller's transaction. */
    public void recordBySystem(String action, String objectType, Object objectId, String detail) {
        writer.append(event(AuditActor.SYSTEM, action, objectType, objectId, AuditOutcome.SUCCESS, detail));
    }

    /**
     * A denial of the current caller ({@code access}, outcome DENIED), kept even though the caller's transaction rolls
     * back.
     */
    public void recordDenied(String objectType, Object objectId, String detail) {
        recordSeparately(currentActor(), "access", objectType, objectId, AuditOutcome.DENIED, detail);
    }

    /**
     * Any event in a transaction of its own, committed whatever happens to the caller's: for failures and denials,
     * whose business transaction rolls back, and for callers that know the actor better than the request does
     * (sign-in). If the caller's transaction already wrote to the trail (it holds the chain's lock), the record joins
     * that transaction instead of waiting for it.
     */
    public void recordSeparately(AuditActor actor, String action, String objectType, Object objectId,
            AuditOutcome outcome, String detail) {
        AuditEvent event = event(actor, action, objectType, objectId, outcome, detail);
        if (writer.holdsHeadLock()) {
            AuditWriter.LOG.log(Level.WARNING, "Audit record joins a transaction that may roll back: {0}",
                    eus.berrigune.audit.domain.LogText.neutralise(action + " " + objectType + ":" + objectId));
            writer.append(event);
        } else {
            writer.appendAlone(event);
        }
    }

    /** The signed-in caller, {@link AuditActor#ANONYMOUS}, or {@link AuditActor#SYSTEM} outside of any request. */
    public AuditActor currentActor() {
        try {
            Optional<AuthenticatedUser> user = currentUser.get().get();
            return user.map(u -> new AuditActor(u.userId(), u.username(), u.organisationId()))
                    .orElse(AuditActor.ANONYMOUS);
        } catch (ContextNotActiveException noRequest) {
            return AuditActor.SYSTEM;
        }
    }

    private AuditEvent event(AuditActor actor, String action, String objectType, Object objectId, AuditOutcome outcome,
            String detail) {
        return new AuditEvent(clock.instant(), actor.userId(), actor.name(), actor.organisationId(), action, objectType,
                objectId == null ? null : String.valueOf(objectId), outcome, detail);
    }
}
