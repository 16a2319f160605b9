package eus.berrigune.consultation.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One company's answer to a consultation: a working copy the company edits and saves as often as it likes, and the
 * submitted copy (what the buying team reads after the deadline), replaced by each new submission until the deadline,
 * never after. Saving the working copy never touches the submitted one: nothing submitted is lost by editing.
 * Confidential to the company and, once the deadline has passed, the buying team.
 */
@Entity
@Table(name = "consultation_answer")
public class Answer extends BaseEntity {

    public static final int MAX_PRODUCTS = 20;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private long consultationId;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnswerStatus status = AnswerStatus.DRAFT;

    @ElementCollection
    @CollectionTable(name = "consultation_answer_item", joinColumns = @JoinColumn(name = "answer_id"))
    private List<AnswerItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consultation_answer_product", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "product_id", nullable = false)
    private Set<Long> productIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "consultation_submitted_item", joinColumns = @JoinColumn(name = "answer_id"))
    private List<AnswerItem> submittedItems = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consultation_submitted_product", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "product_id", nullable = false)
    private Set<Long> submittedProductIds = new HashSet<>();

    @Column(name = "unsubmitted_changes", nullable = false)
    private boolean unsubmittedChanges;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    protected Answer() {}

    public Answer(long consultationId, long companyId) {
        this.consultationId = consultationId;
        this.companyId = companyId;
    }

    /** Replaces the working copy, checking each item against its question; the submitted copy is unchanged. */
    public void write(Consultation consultation, List<AnswerItem> newItems, Set<Long> newProductIds, Instant now) {
        requireOpen(consultation, now);
        List<FieldError> errors = check(consultation, newItems, false);
        if (newProductIds.size() > MAX_PRODUCTS) {
            errors.add(new FieldError("productIds", "validation.tooLong"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        items.clear();
        items.addAll(newItems.stream().filter(i -> !i.isEmpty() || i.isConfidential()).toList());
        productIds.clear();
        productIds.addAll(newProductIds);
        unsubmittedChanges = true;
        touch();
    }

    /** Submits the current content: every required question must be answered. */
    public void submit(Consultation consultation, long userId, Instant now) {
        requireOpen(consultation, now);
        List<FieldError> errors = check(consultation, items, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        submittedItems.clear();
        submittedItems.addAll(items);
        submittedProductIds.clear();
        submittedProductIds.addAll(productIds);
        unsubmittedChanges = false;
        status = AnswerStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = userId;
        touch();
    }

    private static void requireOpen(Consultation consultation, Instant now) {
        if (!consultation.acceptsAnswersAt(now)) {
            throw new InvalidStateException(now.isBefore(consultation.getStartAt()) ? "consultation.answer.notYetOpen"
                    : "consultation.answer.closed");
        }
    }

    private static List<FieldError> check(Consultation consultation, List<AnswerItem> candidate, boolean complete) {
        List<FieldError> errors = new ArrayList<>();
        Map<Long, AnswerItem> byQuestion = new java.util.HashMap<>();
        for (AnswerItem item : candidate) {
            if (byQuestion.put(item.getQuestionId(), item) != null || consultation.question(item.getQuestionId()) == null) {
                errors.add(new FieldError("items", "consultation.answer.unknownQuestion"));
                return errors;
            }
        }
        Map<Long, Question> questions = consultation.getQuestions().stream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        for (Question q : questions.values()) {
            AnswerItem item = byQuestion.get(q.getId());
            String field = "items." + q.getPosition();
            if (item == null || item.isEmpty()) {
                if (complete && q.isRequired()) {
                    errors.add(new FieldError(field, "consultation.answer.required"));
                }
                continue;
            }
            boolean noDocument = q.getKind() == QuestionKind.FILE || item.getDocumentId() == null;
            boolean fits = noDocument && switch (q.getKind()) {
                case TEXT -> item.getText() != null && item.getText().length() <= AnswerItem.TEXT_MAX
                        && item.getNumber() == null && item.getYesNo() == null && item.getChoices().isEmpty();
                case YES_NO -> item.getYesNo() != null && item.getText() == null && item.getNumber() == null
                        && item.getChoices().isEmpty();
                case NUMBER -> item.getNumber() != null && fitsColumn(item.getNumber()) && item.getText() == null
                        && item.getYesNo() == null && item.getChoices().isEmpty();
                case SINGLE_CHOICE -> item.getChoices().size() == 1 && q.getOptions().containsAll(item.getChoices())
                        && onlyChoices(item);
                case MULTIPLE_CHOICE -> !item.getChoices().isEmpty() && q.getOptions().containsAll(item.getChoices())
                        && item.getChoices().stream().distinct().count() == item.getChoices().size() && onlyChoices(item);
                case FILE -> item.getDocumentId() != null && onlyChoices(item) && item.getChoices().isEmpty();
            };
            if (!fits) {
                errors.add(new FieldError(field, switch (q.getKind()) {
                    case TEXT -> "consultation.answer.kind.TEXT";
                    case YES_NO -> "consultation.answer.kind.YES_NO";
                    case NUMBER -> "consultation.answer.kind.NUMBER";
                    case SINGLE_CHOICE -> "consultation.answer.kind.SINGLE_CHOICE";
                    case MULTIPLE_CHOICE -> "consultation.answer.kind.MULTIPLE_CHOICE";
                    case FILE -> "consultation.answer.kind.FILE";
                }));
            }
        }
        return errors;
    }

    /** At most 15 digits before the point and 4 after it (the column is NUMERIC(19, 4)). */
    static boolean fitsColumn(java.math.BigDecimal number) {
        java.math.BigDecimal plain = number.stripTrailingZeros();
        return plain.scale() <= 4 && plain.precision() - plain.scale() <= 15;
    }

    private static boolean onlyChoices(AnswerItem item) {
        return item.getText() == null && item.getNumber() == null && item.getYesNo() == null;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public AnswerStatus getStatus() {
        return status;
    }

    public List<AnswerItem> getItems() {
        return List.copyOf(items);
    }

    public Set<Long> getProductIds() {
        return Set.copyOf(productIds);
    }

    /** What the buying team reads: the last submission (empty before the first). */
    public List<AnswerItem> getSubmittedItems() {
        return List.copyOf(submittedItems);
    }

    public Set<Long> getSubmittedProductIds() {
        return Set.copyOf(submittedProductIds);
    }

    /** Whether the working copy has changes not submitted yet. */
    public boolean hasUnsubmittedChanges() {
        return unsubmittedChanges;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }
}
