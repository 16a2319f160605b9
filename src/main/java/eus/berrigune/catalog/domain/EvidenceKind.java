package eus.berrigune.catalog.domain;

/** What an evidence item is about. */
public enum EvidenceKind {
    CLINICAL_OUTCOME,
    ECONOMIC,
    REAL_WORLD,
    PRE_CLINICAL,
    USABILITY,
    OTHER
}
