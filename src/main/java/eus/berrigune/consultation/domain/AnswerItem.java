package eus.berrigune.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The answer to one question; the company may mark it a confidential trade secret (never in the report). */
@Embeddable
public class AnswerItem {

    public static final int TEXT_MAX = 8000;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "text_value", length = TEXT_MAX)
    private String text;

    @Column(name = "number_value", precision = 19, scale = 4)
    private BigDecimal number;

    @Column(name = "yes_no")
    private Boolean yesNo;

    /** Chosen options, one per line. */
    @Column(name = "choices", length = 2000)
    private String choices;

    @Column(nullable = false)
    private boolean confidential;

    /** The uploaded document answering a file question. */
    @Column(name = "document_id")
    private Long documentId;

    protected AnswerItem() {}

    public AnswerItem(long questionId, String text, BigDecimal number, Boolean yesNo, List<String> choices,
            boolean confidential) {
        this(questionId, text, number, yesNo, choices, confidential, null);
    }

    public AnswerItem(long questionId, String text, BigDecimal number, Boolean yesNo, List<String> choices,
            boolean confidential, Long documentId) {
        this.documentId = documentId;
        this.questionId = questionId;
        this.text = text == null || text.isBlank() ? null : text.strip();
        this.number = number;
        this.yesNo = yesNo;
        this.choices = choices == null || choices.isEmpty() ? null : String.join("\n", choices);
        this.confidential = confidential;
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public Boolean getYesNo() {
        return yesNo;
    }

    public List<String> getChoices() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
    }

    public Long getDocumentId() {
        return documentId;
    }

    public boolean isConfidential() {
        return confidential;
    }

    /** Whether anything has been answered. */
    public boolean isEmpty() {
        return text == null && number == null && yesNo == null && choices == null && documentId == null;
    }
}
