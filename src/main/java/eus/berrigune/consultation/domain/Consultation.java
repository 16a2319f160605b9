package eus.berrigune.consultation.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A preliminary market consultation (Directive 2014/24/EU art. 40–41, LCSP art. 115), run by one buying organisation.
 *
 * <p>Life cycle ({@link ConsultationStatus}): {@code DRAFT → SCHEDULED → OPEN → CLOSED → REPORT_PUBLISHED}, and
 * {@code CANCELLED} (with a reason) from any state before the report. Opening and closing follow the clock
 * ({@link #advance}): they happen at the stated times whether or not anybody looks. Rules:
 * <ul>
 *   <li>Only a draft is edited; scheduling needs a complete notice (texts, EMDN codes, dates, questionnaire, and the
 *       selected companies of a selected-participants consultation) and fixes it: the published object never changes.
 *   <li>Answers are accepted from the start date until, and not after, the deadline ({@link #acceptsAnswersAt}).
 * </ul>
 */
@Entity
@Table(name = "consultation")
public class Consultation extends BaseEntity {

    public static final int REASON_MAX = 2000;

    @Column(name = "buyer_id", nullable = false, updatable = false)
    private long buyerId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsultationStatus status = ConsultationStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsultationKind kind;

    @ElementCollection
    @CollectionTable(name = "consultation_text", joinColumns = @JoinColumn(name = "consultation_id"))
    @MapKeyColumn(name = "language", length = 2)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Language, ConsultationText> texts = new EnumMap<>(Language.class);

    @ElementCollection
    @CollectionTable(name = "consultation_emdn", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "code", length = 16, nullable = false)
    private Set<String> emdnCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_cpv", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "code", length = 10, nullable = false)
    private Set<String> cpvCodes = new HashSet<>();

    @Column(name = "start_at")
    private Instant startAt;

    @Column(name = "deadline")
    private Instant deadline;

    @ElementCollection
    @CollectionTable(name = "consultation_adviser", joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    private List<Adviser> advisers = new ArrayList<>();

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consultation_invitee", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "company_id", nullable = false)
    private Set<Long> invitedCompanyIds = new HashSet<>();

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    protected Consultation() {}

    public Consultation(long buyerId, long createdBy, ConsultationDraft draft) {
        this.buyerId = buyerId;
        this.createdBy = createdBy;
        apply(draft.validate());
    }

    /** Replaces the draft's content; only a draft can be edited. */
    public void update(ConsultationDraft draft) {
        if (status != ConsultationStatus.DRAFT) {
            throw new InvalidStateException("consultation.state.notDraft");
        }
        apply(draft.validate());
        touch();
    }

    private void apply(ConsultationDraft draft) {
        kind = draft.kind();
        texts.clear();
        texts.putAll(draft.texts());
        emdnCodes.clear();
        emdnCodes.addAll(draft.emdnCodes());
        cpvCodes.clear();
        cpvCodes.addAll(draft.cpvCodes());
        startAt = draft.startAt();
        deadline = draft.deadline();
        advisers.clear();
        advisers.addAll(draft.advisers());
        questions.clear();
        for (int i = 0; i < draft.questions().size(); i++) {
            questions.add(new Question(this, i, draft.questions().get(i)));
        }
        invitedCompanyIds.clear();
        if (draft.kind() == ConsultationKind.SELECTED) {
            invitedCompanyIds.addAll(draft.invitedCompanyIds());
        }
    }

    /** The draft as written, to edit it again. */
    public ConsultationDraft draft() {
        return new ConsultationDraft(kind, texts, List.copyOf(emdnCodes), List.copyOf(cpvCodes), startAt, deadline,
                advisers, questions.stream().map(Question::data).toList(), invitedCompanyIds);
    }

    /** What scheduling still needs; empty when the notice is complete. */
    public List<FieldError> missingForScheduling(Instant now) {
        return draft().missingForScheduling(now);
    }

    /**
     * Announces the consultation: from now on its notice is public and fixed; it opens at the start date (at once
     * when that is now).
     */
    public void schedule(Instant now) {
        if (status != ConsultationStatus.DRAFT) {
            throw new InvalidStateException("consultation.state.notDraft");
        }
        List<FieldError> missing = missingForScheduling(now);
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        status = ConsultationStatus.SCHEDULED;
        scheduledAt = now;
        advance(now);
        touch();
    }

    /**
     * Brings the state up to the clock: a scheduled consultation opens at its start date, an open one closes at its
     * deadline. Returns whether the state changed.
     */
    public boolean advance(Instant now) {
        ConsultationStatus before = status;
        if (status == ConsultationStatus.SCHEDULED && !now.isBefore(startAt)) {
            status = ConsultationStatus.OPEN;
        }
        if (status == ConsultationStatus.OPEN && !now.isBefore(deadline)) {
            status = ConsultationStatus.CLOSED;
        }
        return status != before;
    }

    /**
     * Cancels it with a reason, once announced and before the report is published (a draft is never public, so there
     * is nothing to cancel: it is simply not announced).
     */
    public void cancel(String reason, Instant now) {
        advance(now);
        if (status.isFinal()) {
            throw new InvalidStateException("consultation.state.final");
        }
        if (status == ConsultationStatus.DRAFT) {
            throw new InvalidStateException("consultation.state.draftNotCancellable");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "validation.required");
        }
        if (reason.length() > REASON_MAX) {
            throw new ValidationException("reason", "validation.tooLong");
        }
        status = ConsultationStatus.CANCELLED;
        cancelReason = reason.strip();
        touch();
    }

    /** The report was published: the final state, only from CLOSED (see {@link ConsultationReport#publish}). */
    void reportPublished(Instant now) {
        advance(now);
        if (status != ConsultationStatus.CLOSED) {
            throw new InvalidStateException("consultation.report.notClosed");
        }
        status = ConsultationStatus.REPORT_PUBLISHED;
        touch();
    }

    /** Whether answers (and clarification questions) are accepted at this instant: from the start, before the deadline. */
    public boolean acceptsAnswersAt(Instant now) {
        return (status == ConsultationStatus.SCHEDULED || status == ConsultationStatus.OPEN)
                && !now.isBefore(startAt) && now.isBefore(deadline);
    }

    /**
     * Whether the buying team may read the answers: once closed by its deadline (sealed until then; a cancelled
     * consultation's answers stay sealed). Call {@link #advance} first.
     */
    public boolean answersUnsealedAt(Instant now) {
        return (status == ConsultationStatus.CLOSED || status == ConsultationStatus.REPORT_PUBLISHED)
                && !now.isBefore(deadline);
    }

    /** Whether the company may take part: any company in an open consultation, the selected ones otherwise. */
    public boolean admits(long companyId) {
        return kind == ConsultationKind.OPEN || invitedCompanyIds.contains(companyId);
    }

    public boolean isPublic() {
        return status != ConsultationStatus.DRAFT;
    }

    public Question question(long questionId) {
        return questions.stream().filter(q -> Objects.equals(q.getId(), questionId)).findFirst().orElse(null);
    }

    public long getBuyerId() {
        return buyerId;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public ConsultationStatus getStatus() {
        return status;
    }

    public ConsultationKind getKind() {
        return kind;
    }

    public Map<Language, ConsultationText> getTexts() {
        return Map.copyOf(texts);
    }

    public Set<String> getEmdnCodes() {
        return Set.copyOf(emdnCodes);
    }

    public Set<String> getCpvCodes() {
        return Set.copyOf(cpvCodes);
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public List<Adviser> getAdvisers() {
        return List.copyOf(advisers);
    }

    public List<Question> getQuestions() {
        return List.copyOf(questions);
    }

    public Set<Long> getInvitedCompanyIds() {
        return Set.copyOf(invitedCompanyIds);
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
