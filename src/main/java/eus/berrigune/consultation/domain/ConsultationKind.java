package eus.berrigune.consultation.domain;

/** Who may take part: any registered company, or the companies the buying team selected. */
public enum ConsultationKind {
    OPEN,
    SELECTED
}
