package eus.berrigune.identity.domain;

/** Companies list products; buying organisations (hospitals, the health system's central services) buy them. */
public enum OrganisationKind {
    COMPANY,
    BUYER
}
