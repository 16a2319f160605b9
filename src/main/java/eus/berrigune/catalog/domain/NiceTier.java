package eus.berrigune.catalog.domain;

/** NICE Evidence Standards Framework tiers for digital health technologies: how much evidence is expected. */
public enum NiceTier {
    /** System efficiency. */
    A,
    /** Helps people manage their health. */
    B,
    /** Treats, diagnoses or guides care. */
    C
}
