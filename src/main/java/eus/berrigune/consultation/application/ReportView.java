package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.ConsultationKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The report of a consultation in one language: the facts taken from the record and the parts the buying team wrote.
 * It never carries confidential content: no answer text, no asker, no unpublished question.
 *
 * @param consultationId consultation
 * @param version the report's version (0 before it was first saved)
 * @param publishedAt when it was published, or null for a draft
 * @param language the language of this rendering (of {@code text}; facts fall back like the notice)
 * @param title the object
 * @param description the description
 * @param need the need it served
 * @param buyerName the buying organisation
 * @param kind open or selected participants
 * @param emdnCodes EMDN codes with their (English) terms
 * @param cpvCodes CPV codes
 * @param scheduledAt when the notice was published
 * @param startAt opening
 * @param deadline answer deadline
 * @param advisers advisers and why they were chosen
 * @param questions the questionnaire's questions
 * @param clarifications published clarifications (wording and answer)
 * @param entitiesConsulted companies that submitted an answer
 * @param sessions sessions held, with their minutes (naming no company)
 * @param text the written parts in {@code language}
 * @param texts the written parts in every language (the buying team's editor; empty for others)
 */
public record ReportView(
        long consultationId,
        long version,
        Instant publishedAt,
        String language,
        String title,
        String description,
        String need,
        String buyerName,
        ConsultationKind kind,
        List<String> emdnCodes,
        List<String> cpvCodes,
        Instant scheduledAt,
        Instant startAt,
        Instant deadline,
        List<ConsultationView.AdviserView> advisers,
        List<String> questions,
        List<Clarified> clarifications,
        List<String> entitiesConsulted,
        List<Held> sessions,
        Text text,
        Map<String, Text> texts) implements java.io.Serializable {

    public boolean published() {
        return publishedAt != null;
    }

    /**
     * A session held.
     *
     * @param oneToOne a one-to-one meeting (else an information session)
     * @param startsAt when
     * @param minutes its minutes
     */
    public record Held(boolean oneToOne, Instant startsAt, String minutes) implements java.io.Serializable {}

    /**
     * A published clarification.
     *
     * @param question the published wording
     * @param answer the answer
     */
    public record Clarified(String question, String answer) implements java.io.Serializable {}

    /**
     * The written parts.
     *
     * @param studies studies done and their authors
     * @param answersSummary generalised summary of the answers
     * @param conclusions conclusions and their effect on the tender
     * @param equalTreatment equal-treatment measures
     */
    public record Text(String studies, String answersSummary, String conclusions, String equalTreatment) implements java.io.Serializable {}
}
