package eus.berrigune.shortlist.application;

import eus.berrigune.catalog.domain.ProductStatus;
import eus.berrigune.search.application.ProductIndexed;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells owners of saved searches about products that start to match them: once a published product's change is
 * searchable, the matching runs on a managed executor (off the request that published it, in its own transaction).
 */
@ApplicationScoped
public class SavedSearchAlerts {

    private static final Logger LOG = Logger.getLogger(SavedSearchAlerts.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    SavedSearchMatcher matcher;

    void onIndexed(@Observes ProductIndexed event) {
        if (event.status() != ProductStatus.PUBLISHED) {
            return;
        }
        executor.execute(() -> {
            try {
                int told = matcher.announce(event.productId());
                if (told > 0) {
                    LOG.fine(() -> "Product " + event.productId() + " announced to " + told + " saved searches");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not announce product " + event.productId() + " to saved searches", e);
            }
        });
    }
}
