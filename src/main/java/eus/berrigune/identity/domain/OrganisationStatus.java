package eus.berrigune.identity.domain;

/**
 * An organisation's standing. Organisations created by an administrator (and the demo data set) are {@code APPROVED}
 * at once; a company that registers itself goes {@code PENDING_CONFIRMATION} → (e-mail confirmed)
 * {@code PENDING_APPROVAL} → (an administrator decides) {@code APPROVED} or {@code REJECTED}.
 */
public enum OrganisationStatus {
    /** Registered, e-mail not yet confirmed: nobody of it may sign in. */
    PENDING_CONFIRMATION,
    /** E-mail confirmed: its users sign in and prepare drafts, but nothing is published. */
    PENDING_APPROVAL,
    /** Fully admitted. */
    APPROVED,
    /** Refused by an administrator: its contact's account is disabled. */
    REJECTED;

    /** Whether its users may sign in. */
    public boolean allowsSignIn() {
        return this == PENDING_APPROVAL || this == APPROVED;
    }

    /** Whether its users may make anything public (publish products). */
    public boolean allowsPublishing() {
        return this == APPROVED;
    }
}
