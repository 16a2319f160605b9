package eus.berrigune.idempotency.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Deletes expired idempotency keys a minute after start and then every hour (expired keys are ignored anyway). */
@ApplicationScoped
public class IdempotencyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    IdempotencyService service;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(460) Startup startup) {
        task = executor.scheduleWithFixedDelay(this::clean, 1, 60, TimeUnit.MINUTES);
    }

    void clean() {
        try {
            int deleted = service.deleteExpired();
            if (deleted > 0) {
                LOG.fine(() -> "Deleted " + deleted + " expired idempotency keys");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete expired idempotency keys; will try again: {0}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
