package eus.berrigune.notification.application;

/**
 * An e-mail was written to the outbox in the current transaction; observed after a successful commit to send it at
 * once instead of at the next poll.
 *
 * @param outboxId the row
 */
public record EmailQueued(long outboxId) {}
