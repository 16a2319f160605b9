package eus.berrigune.consultation.domain;

/** A company's answer: a draft only the company sees, or submitted (sealed for the buying team until the deadline). */
public enum AnswerStatus {
    DRAFT,
    SUBMITTED
}
