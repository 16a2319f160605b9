package eus.berrigune.consultation.application;

import java.util.List;

/**
 * What the buying team sees of the answers: before the deadline only how many were submitted (they are sealed),
 * after it the submitted answers.
 *
 * @param sealed whether the answers are still sealed
 * @param submitted how many companies have submitted
 * @param answers the submitted answers (empty while sealed)
 */
public record AnswersOverview(boolean sealed, long submitted, List<AnswerView> answers) implements java.io.Serializable {}
