package eus.berrigune.audit.domain;

/** How an audited action ended. */
public enum AuditOutcome {
    /** Done (or read). */
    SUCCESS,
    /** Refused by the access policy: the caller may not do it, or may not know the object exists. */
    DENIED,
    /** Attempted and failed, e.g. a sign-in with wrong credentials. */
    FAILED
}
