package eus.berrigune.consultation.domain;

/**
 * Life cycle of a preliminary market consultation (docs/consultations.md), with the codes Spain's contracting
 * platform uses: CRE created (scheduled), PUB published (open), REA done (report published), ANU cancelled.
 */
public enum ConsultationStatus {
    /** Being prepared by the buying team; nobody else sees it. */
    DRAFT,
    /** Announced with its object, dates, advisers and how to take part; opens by itself at the start date. */
    SCHEDULED,
    /** Companies ask questions and answer until the deadline; closes by itself at the deadline. */
    OPEN,
    /** Past the deadline: the buying team reads the answers and writes the report. */
    CLOSED,
    /** The report is published: final. */
    REPORT_PUBLISHED,
    /** Cancelled with a reason before the report: final. */
    CANCELLED;

    public boolean isFinal() {
        return this == REPORT_PUBLISHED || this == CANCELLED;
    }
}
