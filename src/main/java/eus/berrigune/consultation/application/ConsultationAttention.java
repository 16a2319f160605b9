package eus.berrigune.consultation.application;

/**
 * An open consultation that needs the caller's attention.
 *
 * @param consultation the consultation, in the caller's language
 * @param closingSoon its deadline falls within the period asked about
 * @param unansweredQuestions clarification questions the buying team has not answered yet (team only; else 0)
 * @param answerSubmitted the caller's company has submitted an answer (companies only; else false)
 */
public record ConsultationAttention(ConsultationSummary consultation, boolean closingSoon, int unansweredQuestions,
        boolean answerSubmitted) {}
