package eus.berrigune.consultation.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A company's clarification question and its answer. The answer is published to every participant at the same
 * moment, in the buying team's (possibly generalised) wording, and never says who asked: the asking company is
 * kept only so that it can follow its own question, and no view of anybody else ever carries it.
 */
@Entity
@Table(name = "consultation_clarification")
public class Clarification extends BaseEntity {

    public static final int TEXT_MAX = 4000;

    /** Received, then published with an answer, or merged into another question's published answer. */
    public enum Status {
        RECEIVED,
        PUBLISHED,
        MERGED
    }

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(name = "asker_company_id", nullable = false, updatable = false)
    private long askerCompanyId;

    @Column(nullable = false, length = TEXT_MAX, updatable = false)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.RECEIVED;

    @Column(name = "public_question", length = TEXT_MAX)
    private String publicQuestion;

    @Column(length = TEXT_MAX)
    private String answer;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "merged_into")
    private Long mergedInto;

    protected Clarification() {}

    public Clarification(Consultation consultation, long askerCompanyId, String question, Instant now) {
        if (!consultation.acceptsAnswersAt(now)) {
            throw new InvalidStateException("consultation.clarification.closed");
        }
        this.consultationId = consultation.getId();
        this.askerCompanyId = askerCompanyId;
        this.question = text("question", question);
    }

    /** Publishes the answer to everybody, under a wording that names nobody. */
    public void publish(String wording, String answerText, Instant now) {
        if (status != Status.RECEIVED) {
            throw new InvalidStateException("consultation.clarification.alreadyAnswered");
        }
        publicQuestion = text("publicQuestion", wording);
        answer = text("answer", answerText);
        status = Status.PUBLISHED;
        publishedAt = now;
        touch();
    }

    /** Answered by another question's published answer (a duplicate). */
    public void mergeInto(Clarification published) {
        if (status != Status.RECEIVED || published.status != Status.PUBLISHED
                || published.consultationId != consultationId) {
            throw new InvalidStateException("consultation.clarification.alreadyAnswered");
        }
        status = Status.MERGED;
        mergedInto = published.getId();
        publishedAt = published.publishedAt;
        touch();
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "validation.required");
        }
        if (value.length() > TEXT_MAX) {
            throw new ValidationException(field, "validation.tooLong");
        }
        return value.strip();
    }

    public long getConsultationId() {
        return consultationId;
    }

    public long getAskerCompanyId() {
        return askerCompanyId;
    }

    public String getQuestion() {
        return question;
    }

    public Status getStatus() {
        return status;
    }

    public String getPublicQuestion() {
        return publicQuestion;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getMergedInto() {
        return mergedInto;
    }
}
