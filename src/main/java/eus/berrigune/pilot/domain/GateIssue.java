package eus.berrigune.pilot.domain;

/**
 * Why a request cannot be a pilot but only a clinical investigation under MDR chapter VI: the product is not
 * CE-marked, its certificate has expired, or it would be used outside its intended purpose.
 */
public enum GateIssue {
    NOT_CE_MARKED,
    CERTIFICATE_EXPIRED,
    OUTSIDE_INTENDED_PURPOSE
}
