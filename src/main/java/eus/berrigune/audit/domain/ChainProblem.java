package eus.berrigune.audit.domain;

/** Why a verification found the chain broken. */
public enum ChainProblem {
    /** A record's fields no longer give its stored hash: the row was changed. */
    CHANGED,
    /** A record does not point at its predecessor's hash: a row before it was changed, replaced or reordered. */
    RELINKED,
    /** A record is missing: a number is skipped. */
    MISSING,
    /** The chain ends elsewhere than the head says: records were removed from the end, or the head was changed. */
    HEAD_MISMATCH
}
