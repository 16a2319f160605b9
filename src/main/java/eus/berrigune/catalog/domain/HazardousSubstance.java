package eus.berrigune.catalog.domain;

/** Substances a product can be declared free of. */
public enum HazardousSubstance {
    PVC,
    DEHP,
    LATEX,
    BPA,
    MERCURY
}
