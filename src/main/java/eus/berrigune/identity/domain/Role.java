package eus.berrigune.identity.domain;

/** What a user does in Berrigune. A user may hold several roles; each role only makes sense in some organisations. */
public enum Role {
    /** A company user: lists and maintains the company's products. */
    SUPPLIER,
    /** A procurement officer of a buying organisation. */
    BUYER,
    /** A clinician of a buying organisation. */
    CLINICIAN,
    /** An innovation unit member or evaluator: verifies evidence. */
    EVALUATOR,
    /** Manages organisations, users and reference data. */
    ADMIN;

    /** Whether this role may be held by a member of an organisation of the given kind. */
    public boolean allowedIn(OrganisationKind kind) {
        return switch (this) {
            case SUPPLIER -> kind == OrganisationKind.COMPANY;
            case BUYER, CLINICIAN, EVALUATOR, ADMIN -> kind == OrganisationKind.BUYER;
        };
    }
}
