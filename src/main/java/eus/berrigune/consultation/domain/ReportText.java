package eus.berrigune.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The parts of the report that need the buying team's judgement, in one language: the studies done and their
 * authors, a generalised summary of the answers, the conclusions and how they will shape the tender, and the
 * equal-treatment measures beyond those Berrigune applies by itself.
 */
@Embeddable
public class ReportText {

    public static final int TEXT_MAX = 8000;

    @Column(length = TEXT_MAX)
    private String studies;

    @Column(name = "answers_summary", length = TEXT_MAX)
    private String answersSummary;

    @Column(length = TEXT_MAX)
    private String conclusions;

    @Column(name = "equal_treatment", length = TEXT_MAX)
    private String equalTreatment;

    protected ReportText() {}

    public ReportText(String studies, String answersSummary, String conclusions, String equalTreatment) {
        this.studies = studies;
        this.answersSummary = answersSummary;
        this.conclusions = conclusions;
        this.equalTreatment = equalTreatment;
    }

    public String getStudies() {
        return studies;
    }

    public String getAnswersSummary() {
        return answersSummary;
    }

    public String getConclusions() {
        return conclusions;
    }

    public String getEqualTreatment() {
        return equalTreatment;
    }

    /** Whether the parts the law requires are written: the summary of the answers and the conclusions. */
    boolean isComplete() {
        return answersSummary != null && !answersSummary.isBlank() && conclusions != null && !conclusions.isBlank();
    }

    boolean fits() {
        for (String part : new String[] {studies, answersSummary, conclusions, equalTreatment}) {
            if (part != null && part.length() > TEXT_MAX) {
                return false;
            }
        }
        return true;
    }
}
