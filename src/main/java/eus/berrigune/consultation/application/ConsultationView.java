package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.ConsultationKind;
import eus.berrigune.consultation.domain.ConsultationStatus;
import eus.berrigune.consultation.domain.QuestionKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A consultation as the caller may see it: the public notice for everybody once scheduled; the buying team also
 * sees the selected companies and how many answers were submitted.
 *
 * @param id consultation
 * @param version for optimistic locking (edits of a draft)
 * @param status state, brought up to the clock
 * @param kind open or selected participants
 * @param buyerId buying organisation
 * @param buyerName its name
 * @param texts title, description, need and how to take part, by language code
 * @param emdnCodes EMDN codes
 * @param cpvCodes CPV codes
 * @param startAt opening
 * @param deadline answer deadline
 * @param advisers advisers and why they were chosen
 * @param questions the questionnaire
 * @param invitedCompanyIds selected companies (buying team only; empty for others)
 * @param cancelReason why it was cancelled, or null
 * @param submittedAnswers answers submitted so far (buying team only; null for others)
 * @param buyingTeam whether the caller is on the buying team
 * @param mayTakePart whether the caller's company may ask and answer now
 */
public record ConsultationView(
        long id,
        long version,
        ConsultationStatus status,
        ConsultationKind kind,
        long buyerId,
        String buyerName,
        Map<String, Text> texts,
        Set<String> emdnCodes,
        Set<String> cpvCodes,
        Instant startAt,
        Instant deadline,
        List<AdviserView> advisers,
        List<QuestionView> questions,
        Set<Long> invitedCompanyIds,
        String cancelReason,
        Long submittedAnswers,
        boolean buyingTeam,
        boolean mayTakePart) implements java.io.Serializable {

    /**
     * The notice in one language.
     *
     * @param title object
     * @param description description
     * @param need the need it serves
     * @param participation how to take part
     */
    public record Text(String title, String description, String need, String participation) implements java.io.Serializable {}

    /**
     * An adviser.
     *
     * @param name name
     * @param affiliation organisation
     * @param reason why chosen
     */
    public record AdviserView(String name, String affiliation, String reason) implements java.io.Serializable {}

    /**
     * A question of the questionnaire.
     *
     * @param id question
     * @param position order, from 0
     * @param kind answer kind
     * @param text the question
     * @param unit unit of a number answer
     * @param options options of a choice question
     * @param required whether a submission must answer it
     */
    public record QuestionView(long id, int position, QuestionKind kind, String text, String unit, List<String> options,
            boolean required) implements java.io.Serializable {}
}
