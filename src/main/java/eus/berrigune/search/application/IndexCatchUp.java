package eus.berrigune.search.application;

import eus.berrigune.catalog.application.CatalogIndexFeed;
import eus.berrigune.catalog.domain.ProductChangeLog;
import eus.berrigune.shared.application.ServerNode;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this server's search index current with the changes made through the other servers sharing the database.
 *
 * <p>Each server keeps its own index and updates it after its own commits; every product change is also written to
 * the change log in its transaction ({@code product_change}). Every {@code BERRIGUNE_SEARCH_CATCH_UP_MILLIS}
 * (500 ms) this reads the other servers' changes and re-reads those products from the database. The log is read
 * with a look-back of {@link #LOOK_BACK} behind the newest change seen, because a change is stamped when its
 * transaction starts and may become visible after later ones; the changes already applied are remembered over that
 * window, so each is applied once. Entries older than a day are deleted. A change whose transaction ran longer than
 * the look-back is still caught by the check of every hit against the database and by the nightly rebuild.
 */
@ApplicationScoped
public class IndexCatchUp {

    private static final Logger LOG = Logger.getLogger(IndexCatchUp.class.getName());

    static final Duration LOOK_BACK = Duration.ofMinutes(5);
    static final Duration KEPT = Duration.ofDays(1);

    @Inject
    CatalogIndexFeed feed;

    @Inject
    ProductSearch search;

    @Inject
    ServerNode node;

    @Inject
    @ConfigProperty(name = "berrigune.search.catch.up.millis", defaultValue = "500")
    long periodMillis;

    @Resource
    ManagedScheduledExecutorService executor;

    private Instant watermark;
    private final Map<Long, Instant> applied = new HashMap<>();
    private Instant lastCleanup = Instant.EPOCH;
    private Instant lastFailureLogged = Instant.EPOCH;
    private ScheduledFuture<?> task;

    /** Before the index is built from the database: changes committed from now on are caught up afterwards. */
    void mark(@Observes @Priority(290) Startup startup) {
        watermark = feed.databaseNow();
    }

    /** After the index is built: starts reading the other servers' changes. */
    void start(@Observes @Priority(310) Startup startup) {
        if (periodMillis > 0 && executor != null) {
            task = executor.scheduleWithFixedDelay(this::catchUpQuietly, periodMillis, periodMillis,
                    TimeUnit.MILLISECONDS);
            LOG.info(() -> "Search index follows the other servers' changes every " + periodMillis + " ms (this server: "
                    + node.name() + ")");
        }
    }

    /** Applies the other servers' changes not applied yet; returns how many products were re-read. */
    synchronized int catchUp() {
        List<ProductChangeLog.Change> changes = feed.changesSince(watermark.minus(LOOK_BACK), node.name());
        int reread = 0;
        for (ProductChangeLog.Change change : changes) {
            if (applied.putIfAbsent(change.id(), change.changedAt()) == null) {
                search.reindex(change.productId());
                reread++;
            }
            if (change.changedAt().isAfter(watermark)) {
                watermark = change.changedAt();
            }
        }
        Instant horizon = watermark.minus(LOOK_BACK);
        applied.values().removeIf(at -> at.isBefore(horizon));
        return reread;
    }

    private void catchUpQuietly() {
        try {
            catchUp();
            Instant now = Instant.now();
            if (Duration.between(lastCleanup, now).toHours() >= 1) {
                lastCleanup = now;
                int forgotten = feed.forgetChangesBefore(feed.databaseNow().minus(KEPT));
                if (forgotten > 0) {
                    LOG.fine(() -> "Deleted " + forgotten + " product change log entries older than a day");
                }
            }
        } catch (RuntimeException e) {
            Instant now = Instant.now();
            if (Duration.between(lastFailureLogged, now).toMinutes() >= 1) {
                lastFailureLogged = now;
                LOG.warning("Could not read the other servers' product changes (will retry every " + periodMillis
                        + " ms): " + e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
