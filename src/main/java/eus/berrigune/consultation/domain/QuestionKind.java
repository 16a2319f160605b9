package eus.berrigune.consultation.domain;

/** What an answer to a questionnaire question looks like. */
public enum QuestionKind {
    /** Free text. */
    TEXT,
    /** Yes or no. */
    YES_NO,
    /** A number in the question's unit. */
    NUMBER,
    /** One of the question's options. */
    SINGLE_CHOICE,
    /** Any of the question's options. */
    MULTIPLE_CHOICE,
    /** A PDF document. */
    FILE
}
