package eus.berrigune.audit.application;

import eus.berrigune.audit.domain.AuditOutcome;
import eus.berrigune.audit.domain.AuditRecord;
import java.time.Instant;

/**
 * One record of the trail, as the auditor sees it.
 *
 * @param sequence its number in the chain
 * @param occurredAt when (UTC)
 * @param actorId the acting user's id, or null
 * @param actorName the acting user's sign-in name, {@code system}, {@code anonymous}, or a name typed at a failed
 *     sign-in
 * @param organisationId the actor's organisation, or null
 * @param action what was done
 * @param objectType the kind of object, or null
 * @param objectId the object's id, or null
 * @param outcome SUCCESS, DENIED or FAILED
 * @param detail a short detail, or null
 * @param previousHash the previous record's hash
 * @param hash this record's hash
 */
public record AuditEntry(long sequence, Instant occurredAt, Long actorId, String actorName, Long organisationId,
        String action, String objectType, String objectId, AuditOutcome outcome, String detail, String previousHash,
        String hash) {

    static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.getSequence(), r.getOccurredAt(), r.getActorId(), r.getActorName(), r.getOrganisationId(),
                r.getAction(), r.getObjectType(), r.getObjectId(), r.getOutcome(), r.getDetail(), r.getPreviousHash(),
                r.getHash());
    }
}
