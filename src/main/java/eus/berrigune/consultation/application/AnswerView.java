package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.AnswerStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A company's answer: to the company, its working copy and its last submission; to the buying team after the
 * deadline, the last submission only.
 *
 * @param id answer
 * @param companyId the answering company
 * @param companyName its name
 * @param status draft (never submitted) or submitted
 * @param items the working copy (the company's view; empty for the buying team)
 * @param productIds products linked in the working copy
 * @param submittedItems the last submission
 * @param submittedProductIds products linked in the last submission
 * @param submittedAt when it was last submitted
 * @param unsubmittedChanges whether the working copy differs from the submission
 */
public record AnswerView(long id, long companyId, String companyName, AnswerStatus status, List<Item> items,
        Set<Long> productIds, List<Item> submittedItems, Set<Long> submittedProductIds, Instant submittedAt,
        boolean unsubmittedChanges) implements java.io.Serializable {

    /**
     * The answer to one question.
     *
     * @param questionId question
     * @param text free text
     * @param number number
     * @param yesNo yes or no
     * @param choices chosen options
     * @param confidential marked a trade secret by the company
     * @param documentId the PDF answering a file question ({@code GET /api/v1/consultations/documents/{id}})
     */
    public record Item(long questionId, String text, BigDecimal number, Boolean yesNo, List<String> choices,
            boolean confidential, Long documentId) implements java.io.Serializable {}
}
