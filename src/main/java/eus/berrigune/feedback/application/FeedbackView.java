package eus.berrigune.feedback.application;

import java.time.Instant;

/**
 * A report as administrators read it.
 *
 * @param id report
 * @param receivedAt when it came
 * @param page the page it is about, or null
 * @param message what was reported
 * @param contact where to answer, or null
 * @param language its language
 * @param handledAt when an administrator dealt with it, or null
 * @param handledBy who
 */
public record FeedbackView(long id, Instant receivedAt, String page, String message, String contact, String language,
        Instant handledAt, String handledBy) implements java.io.Serializable {}
