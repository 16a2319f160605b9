package eus.berrigune.notification.application;

import eus.berrigune.notification.domain.OutboxEmail;
import eus.berrigune.notification.domain.OutboxEmailRepository;
import eus.berrigune.notification.domain.RetryPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transaction boundary of sending e-mails: which are due, claiming one for an attempt, recording how the attempt
 * went. Each method is its own short transaction; the SMTP conversation happens between them, outside any
 * transaction, so that a slow mail server never holds a database connection or a lock.
 */
@ApplicationScoped
@Transactional
public class EmailOutbox {

    /** How long a claim holds a row: far longer than one SMTP attempt may take (10 s to connect, 30 s to answer). */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    OutboxEmailRepository outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "berrigune.mail.max.attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "berrigune.mail.retry.seconds", defaultValue = "60")
    long firstRetrySeconds;

    private RetryPolicy policy;

    @PostConstruct
    void init() {
        Duration first = Duration.ofSeconds(Math.max(1, firstRetrySeconds));
        Duration max = RetryPolicy.DEFAULT.maxDelay().compareTo(first) < 0 ? first : RetryPolicy.DEFAULT.maxDelay();
        policy = new RetryPolicy(Math.max(1, maxAttempts), first, max);
    }

    public RetryPolicy policy() {
        return policy;
    }

    /** E-mails due now, oldest first. */
    public List<OutboxEmailRepository.Due> due(int limit) {
        return outbox.findDue(clock.instant(), limit);
    }

    /** Claims one for an attempt; empty when another node (or an earlier claim) got it first. */
    public Optional<OutgoingEmail> claim(OutboxEmailRepository.Due due) {
        Instant now = clock.instant();
        if (!outbox.claim(due.id(), due.version(), now, now.plus(LEASE))) {
            return Optional.empty();
        }
        return outbox.find(due.id()).map(e -> new OutgoingEmail(e.getId(), e.getVersion(), e.getAttempts(),
                e.getCreatedAt(), e.getToAddress(), e.getLanguage(), e.getSubject(), e.getBody()));
    }

    /** The SMTP server accepted it. */
    public void sent(OutgoingEmail email) {
        outbox.find(email.id()).ifPresent(e -> e.sent(clock.instant()));
    }

    /**
     * What became of an e-mail whose attempt failed.
     *
     * @param outcome retried later, given up, or left alone because another claim owns it now
     * @param nextAttemptAt when it is tried again (RETRY only)
     */
    public record Failure(Outcome outcome, Instant nextAttemptAt) {

        /** What became of it. */
        public enum Outcome {
            RETRY,
            GIVEN_UP,
            CLAIMED_AGAIN
        }
    }

    /**
     * The attempt failed: it is tried again later as the retry policy says, or given up (permanent failure, or that
     * was the last attempt). Nothing changes if the row was claimed again meanwhile (its lease ran out).
     */
    public Failure failed(OutgoingEmail email, String error, boolean permanent) {
        Optional<OutboxEmail> row = outbox.find(email.id()).filter(e -> e.getVersion() == email.claimVersion()
                && e.getStatus() == OutboxEmail.Status.SENDING);
        if (row.isEmpty()) {
            return new Failure(Failure.Outcome.CLAIMED_AGAIN, null);
        }
        OutboxEmail e = row.get();
        return e.failed(error, permanent, policy, clock.instant())
                ? new Failure(Failure.Outcome.RETRY, e.getNextAttemptAt())
                : new Failure(Failure.Outcome.GIVEN_UP, null);
    }

    /** How many e-mails are in each state, for the administrators' dashboard (the caller checks the role). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<OutboxEmail.Status, Long> countsByStatus() {
        java.util.Map<OutboxEmail.Status, Long> counts = new java.util.EnumMap<>(OutboxEmail.Status.class);
        for (OutboxEmail.Status s : OutboxEmail.Status.values()) {
            counts.put(s, outbox.countByStatus(s));
        }
        return counts;
    }

    /** How many e-mails wait to be sent (pending or being sent). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting() {
        return outbox.countByStatus(OutboxEmail.Status.PENDING) + outbox.countByStatus(OutboxEmail.Status.SENDING);
    }

    /** Forgets e-mails sent longer ago than {@code age}; returns how many. */
    public int purgeSent(Duration age) {
        return outbox.deleteSentBefore(clock.instant().minus(age));
    }
}
