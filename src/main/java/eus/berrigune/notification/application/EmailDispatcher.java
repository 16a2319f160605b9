package eus.berrigune.notification.application;

import eus.berrigune.notification.domain.OutboxEmailRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox's e-mails off every user's request: on a managed scheduled executor every
 * {@code BERRIGUNE_MAIL_POLL_SECONDS} seconds (which also catches up after a restart or a failed attempt), and at once
 * after each commit that queued one. One run at a time on each node; several nodes share the outbox safely because
 * each e-mail is claimed by one conditional update before it is sent.
 */
@ApplicationScoped
public class EmailDispatcher {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class.getName());
    static final int BATCH = 20;
    static final int MAX_PER_RUN = 500;
    static final Duration KEEP_SENT = Duration.ofDays(30);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    EmailOutbox outbox;

    @Inject
    MailTransport transport;

    @Inject
    @ConfigProperty(name = "berrigune.mail.poll.seconds", defaultValue = "10")
    long pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile ScheduledFuture<?> task;
    private volatile Instant lastPurge = Instant.EPOCH;

    void start(@Observes @Priority(500) Startup startup) {
        long waiting = outbox.waiting();
        if (!transport.enabled()) {
            LOG.warning(() -> "E-mail is off: BERRIGUNE_SMTP_HOST is not set. Notifications are shown in the application"
                    + " only; their e-mails are kept in the outbox (" + waiting + " waiting) and go out once SMTP is"
                    + " configured (docs/operations.md).");
            return;
        }
        long period = Math.max(1, pollSeconds);
        LOG.info(() -> "E-mail: notifications are sent through " + transport.describe() + "; outbox checked every "
                + period + " s, " + outbox.policy().maxAttempts() + " attempts at most; " + waiting + " waiting.");
        task = executor.scheduleWithFixedDelay(this::drain, 1, period, TimeUnit.SECONDS);
    }

    /** After the commit that queued an e-mail: send now rather than at the next poll (never in the user's thread). */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailQueued queued) {
        if (task == null) {
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "E-mail " + queued.outboxId() + " waits for the next poll: " + e);
        }
    }

    /** Sends what is due; a call while a run is going on makes that run look again instead of starting a second. */
    void drain() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                sendDue();
                purge();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not go through the e-mail outbox; will try again at the next poll", e);
            } finally {
                running.set(false);
            }
        }
    }

    private void sendDue() {
        int handled = 0;
        while (handled < MAX_PER_RUN) {
            List<OutboxEmailRepository.Due> due = outbox.due(BATCH);
            if (due.isEmpty()) {
                return;
            }
            for (OutboxEmailRepository.Due d : due) {
                handled++;
                if (!sendOne(d)) {
                    return;
                }
            }
        }
    }

    /**
     * Tries one e-mail; returns false when the attempt failed for a reason that may not be this e-mail's alone (the
     * server unreachable, slow or busy): the run stops there, so that an outage costs one attempt of one e-mail per
     * poll rather than an attempt (and a timeout) of every e-mail waiting.
     */
    private boolean sendOne(OutboxEmailRepository.Due due) {
        Optional<OutgoingEmail> claimed = outbox.claim(due);
        if (claimed.isEmpty()) {
            return true;
        }
        OutgoingEmail email = claimed.get();
        try {
            transport.send(email);
        } catch (MailDeliveryException | RuntimeException e) {
            boolean permanent = e instanceof MailDeliveryException m && m.isPermanent();
            String error = describe(e);
            EmailOutbox.Failure failure = outbox.failed(email, error, permanent);
            switch (failure.outcome()) {
                case RETRY -> LOG.warning(() -> "E-mail " + email.id() + " to " + masked(email.to()) + " not sent (attempt "
                        + email.attempt() + " of " + outbox.policy().maxAttempts() + "); next attempt at "
                        + failure.nextAttemptAt() + ": " + error);
                case GIVEN_UP -> LOG.severe(() -> "E-mail " + email.id() + " to " + masked(email.to())
                        + " FAILED for good after " + email.attempt() + " attempt(s)"
                        + (permanent ? " (refused by the mail server)" : "") + "; it will not be retried: " + error);
                case CLAIMED_AGAIN -> LOG.warning(() -> "E-mail " + email.id() + " failed after its claim had expired: "
                        + error);
            }
            return permanent;
        }
        outbox.sent(email);
        LOG.fine(() -> "E-mail " + email.id() + " sent to " + masked(email.to()) + " (attempt " + email.attempt() + ")");
        return true;
    }

    private void purge() {
        Instant now = Instant.now();
        if (Duration.between(lastPurge, now).toHours() >= 1) {
            lastPurge = now;
            int purged = outbox.purgeSent(KEEP_SENT);
            if (purged > 0) {
                LOG.info(() -> "E-mail outbox: forgot " + purged + " e-mails sent more than " + KEEP_SENT.toDays()
                        + " days ago");
            }
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 800; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString().replaceAll("[\\r\\n]+", " ");
    }

    /** An address for the logs: enough to recognise it, not enough to harvest it. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return at < 1 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
