package eus.berrigune.notification.application;

import java.time.Instant;

/**
 * A notification as its reader sees it.
 *
 * @param id notification
 * @param createdAt when it was sent
 * @param text the message in the reader's language
 * @param link a path inside the application, or null
 * @param read whether it has been read
 */
public record NotificationView(long id, Instant createdAt, String text, String link, boolean read) implements java.io.Serializable {}
