package eus.berrigune.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When an e-mail that could not be sent is tried again: after {@code firstDelay}, then twice as long each time, never
 * longer than {@code maxDelay}, for at most {@code maxAttempts} attempts in all. With the defaults (8 attempts, 1
 * minute, 6 hours) the last attempt comes about two hours after the first failure, which outlasts the restart or
 * brief outage of a mail relay without letting a dead address be tried for days.
 *
 * @param maxAttempts attempts in all, the first included (at least 1)
 * @param firstDelay wait after the first failed attempt (positive)
 * @param maxDelay the longest wait between two attempts (at least {@code firstDelay})
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofHours(6));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt: " + maxAttempts);
        }
        if (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("The first delay must be positive: " + firstDelay);
        }
        if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The longest delay must not be shorter than the first: " + maxDelay);
        }
    }

    /** How long to wait after the given attempt (1 for the first) failed. */
    public Duration delayAfter(int failedAttempt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("Attempts count from 1: " + failedAttempt);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** When to try again after the given attempt failed at {@code now}, or empty when that was the last one. */
    public Optional<Instant> nextAttempt(int failedAttempt, Instant now) {
        return failedAttempt >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(failedAttempt)));
    }
}
