package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.ConsultationStatus;
import eus.berrigune.shared.domain.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the open-data exports may say about a consultation, and nothing else: the public notice, the buying
 * organisation and the published clarifications in their public wording. It has no field for a company, for an
 * answer or for a question as it was asked, so an export built from it cannot leak them (docs/open-data.md).
 *
 * @param id consultation
 * @param status state, brought up to the clock
 * @param texts the notice's texts by language
 * @param emdnCodes EMDN codes, sorted, with their (English) terms where known
 * @param cpvCodes CPV codes as entered ({@code 33195100-4}), sorted: the first is the main classification
 * @param scheduledAt when it was announced
 * @param startAt opening
 * @param deadline answer deadline
 * @param cancelReason why it was cancelled, or null
 * @param cancelledAt when it was cancelled, or null
 * @param buyer the buying organisation
 * @param clarifications published clarifications, oldest first
 */
public record OpenDataSource(
        long id,
        ConsultationStatus status,
        Map<Language, Text> texts,
        Map<String, String> emdnCodes,
        List<String> cpvCodes,
        Instant scheduledAt,
        Instant startAt,
        Instant deadline,
        String cancelReason,
        Instant cancelledAt,
        Buyer buyer,
        List<PublishedClarification> clarifications) {

    public OpenDataSource {
        texts = Map.copyOf(texts);
        emdnCodes = Map.copyOf(emdnCodes);
        cpvCodes = cpvCodes.stream().sorted().toList();
        clarifications = List.copyOf(clarifications);
    }

    /**
     * The notice in one language.
     *
     * @param title object
     * @param description description
     * @param need the need it serves
     * @param participation how to take part
     */
    public record Text(String title, String description, String need, String participation) {}

    /**
     * The buying organisation, as its public profile shows it.
     *
     * @param id organisation
     * @param name name
     * @param city city, or null
     * @param website website, or null
     * @param email contact e-mail, or null
     */
    public record Buyer(long id, String name, String city, String website, String email) {}

    /**
     * A clarification as it was published to everybody.
     *
     * @param id clarification
     * @param question the published (generalised) wording, never the question as asked
     * @param answer the answer
     * @param publishedAt when it was published
     */
    public record PublishedClarification(long id, String question, String answer, Instant publishedAt) {}
}
