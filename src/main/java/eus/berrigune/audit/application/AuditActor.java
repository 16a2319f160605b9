package eus.berrigune.audit.application;

/**
 * Who acted, as the trail names them.
 *
 * @param userId the user's id, or null (anonymous, the system, an unknown name typed at a failed sign-in)
 * @param name the sign-in name, {@code system} or {@code anonymous}
 * @param organisationId the user's organisation, or null
 */
public record AuditActor(Long userId, String name, Long organisationId) {

    /** The application itself: clock tasks, retention. */
    public static final AuditActor SYSTEM = new AuditActor(null, "system", null);
    /** A caller who is not signed in. */
    public static final AuditActor ANONYMOUS = new AuditActor(null, "anonymous", null);
}
