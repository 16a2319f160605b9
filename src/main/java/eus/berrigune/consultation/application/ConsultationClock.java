package eus.berrigune.consultation.application;

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

/**
 * Opens and closes consultations at their stated times even when nobody looks: at start (so a restart catches up
 * with whatever happened while the server was down) and every {@value #PERIOD_SECONDS} seconds. Every read and
 * command also brings the consultation it touches up to the clock, so correctness never waits for this task.
 */
@ApplicationScoped
public class ConsultationClock {

    private static final Logger LOG = Logger.getLogger(ConsultationClock.class.getName());
    static final long PERIOD_SECONDS = 15;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ConsultationService consultations;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(400) Startup startup) {
        tick();
        task = executor.scheduleWithFixedDelay(this::tick, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    void tick() {
        try {
            consultations.advanceDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not move consultations on with the clock; will try again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
