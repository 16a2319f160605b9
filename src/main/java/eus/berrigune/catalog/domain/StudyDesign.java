package eus.berrigune.catalog.domain;

/** How the evidence was obtained, strongest first. */
public enum StudyDesign {
    RCT,
    NON_RANDOMISED_COMPARATIVE,
    REAL_WORLD_DATA,
    NON_COMPARATIVE,
    CASE_SERIES,
    EXPERT_OPINION
}
