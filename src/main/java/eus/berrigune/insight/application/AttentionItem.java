package eus.berrigune.insight.application;

import java.time.Instant;

/**
 * Something that needs the reader's attention, in the reader's language.
 *
 * @param kind what it is about (consultation, pilot, evidence, certificate), for styling and tests
 * @param text what needs doing, in words
 * @param link where to do it (a path inside the application)
 * @param due when it is due, if it has a date
 * @param urgent overdue or due within a week
 */
public record AttentionItem(String kind, String text, String link, Instant due, boolean urgent) {}
