package eus.berrigune.audit.domain;

import java.time.Instant;

/**
 * What an auditor looks for; every part is optional.
 *
 * @param from records at or after this instant
 * @param to records before this instant
 * @param actor the actor's sign-in name (exact, case-insensitive)
 * @param action the action code
 * @param objectType the kind of object
 * @param objectId the object's id
 * @param outcome how it ended
 */
public record AuditCriteria(Instant from, Instant to, String actor, String action, String objectType, String objectId,
        AuditOutcome outcome) {

    public static AuditCriteria all() {
        return new AuditCriteria(null, null, null, null, null, null, null);
    }
}
