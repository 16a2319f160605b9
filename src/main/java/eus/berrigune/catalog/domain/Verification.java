package eus.berrigune.catalog.domain;

/** Self-declared by the company until an evaluator verifies it or returns it with a reason. */
public enum Verification {
    SELF_DECLARED,
    VERIFIED,
    RETURNED
}
