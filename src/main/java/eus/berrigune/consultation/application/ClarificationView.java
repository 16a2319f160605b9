package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.Clarification;
import java.time.Instant;

/**
 * A clarification as the caller may see it. It never says which company asked: {@code asked} only tells the asking
 * company that a question is its own; the buying team sees received questions without their author.
 *
 * @param id clarification
 * @param status received, published or merged
 * @param question the question as asked (the asking company's own and the buying team's view only)
 * @param publicQuestion the published wording
 * @param answer the published answer
 * @param publishedAt when it was published to everybody
 * @param mergedInto the published clarification that answers a merged duplicate
 * @param asked whether the caller's company asked it
 */
public record ClarificationView(long id, Clarification.Status status, String question, String publicQuestion,
        String answer, Instant publishedAt, Long mergedInto, boolean asked) implements java.io.Serializable {}
