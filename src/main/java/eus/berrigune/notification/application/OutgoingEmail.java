package eus.berrigune.notification.application;

import java.time.Instant;

/**
 * An e-mail claimed for one attempt, as the mail transport needs it.
 *
 * @param id the outbox row
 * @param claimVersion the row's version after this node's claim (the attempt's result is recorded only under it)
 * @param attempt which attempt this is, from 1
 * @param createdAt when the notification was sent (part of the stable Message-ID)
 * @param to one address
 * @param language the recipient's language code
 * @param subject one line, without control characters
 * @param body plain text
 */
public record OutgoingEmail(long id, long claimVersion, int attempt, Instant createdAt, String to, String language,
        String subject, String body) {}
