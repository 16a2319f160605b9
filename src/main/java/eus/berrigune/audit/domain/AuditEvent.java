package eus.berrigune.audit.domain;

import java.time.Instant;

/**
 * What happened, before it has its place in the chain.
 *
 * @param occurredAt when (UTC; kept to the millisecond)
 * @param actorId the acting user's id, or null (anonymous, the system, an unknown user name)
 * @param actorName the acting user's sign-in name, {@code system}, {@code anonymous}, or the name typed at a failed
 *     sign-in
 * @param organisationId the acting user's organisation, or null
 * @param action a lower-case code: {@code create}, {@code publish}, {@code sign-in}, {@code read}, {@code access}, …
 * @param objectType a lower-case code of the object's kind ({@code product}, {@code answer}, …), or null
 * @param objectId the object's id, or null
 * @param outcome how it ended
 * @param detail a short free text (neutralised and cut to its column), or null
 */
public record AuditEvent(Instant occurredAt, Long actorId, String actorName, Long organisationId, String action,
        String objectType, String objectId, AuditOutcome outcome, String detail) {}
