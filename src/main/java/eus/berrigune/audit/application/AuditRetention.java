package eus.berrigune.audit.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the trail to its retention period ({@code BERRIGUNE_AUDIT_RETENTION_DAYS}, default {@value #DEFAULT_DAYS}
 * days: six years; 0 keeps everything): prunes at start and then every {@value #PERIOD_HOURS} hours.
 */
@ApplicationScoped
public class AuditRetention {

    static final String DEFAULT_DAYS = "2190";
    static final long PERIOD_HOURS = 24;

    @Inject
    @ConfigProperty(name = "berrigune.audit.retention.days", defaultValue = DEFAULT_DAYS)
    long retentionDays;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AuditService service;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(450) Startup startup) {
        if (retentionDays <= 0) {
            AuditWriter.LOG.info("Audit trail retention: keep forever (berrigune.audit.retention.days <= 0)");
            return;
        }
        AuditWriter.LOG.info(() -> "Audit trail retention: " + retentionDays + " days");
        task = executor.scheduleWithFixedDelay(this::prune, 0, PERIOD_HOURS, TimeUnit.HOURS);
    }

    void prune() {
        try {
            int deleted = service.prune(Duration.ofDays(retentionDays));
            if (deleted > 0) {
                AuditWriter.LOG.info(() -> "Audit trail: pruned " + deleted + " records older than " + retentionDays
                        + " days");
            }
        } catch (RuntimeException e) {
            AuditWriter.LOG.log(Level.WARNING, "Could not prune the audit trail; will try again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
