package eus.berrigune.catalog.application;

import eus.berrigune.catalog.domain.ProductChangeLog;
import eus.berrigune.shared.application.ServerNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes each product change into the change log in the changing transaction (so a change is logged if and only if
 * it commits), for the other servers' search indexes.
 */
@ApplicationScoped
public class ProductChangeRecorder {

    @Inject
    ProductChangeLog log;

    @Inject
    ServerNode node;

    @Transactional(Transactional.TxType.REQUIRED)
    void record(@Observes ProductChanged event) {
        log.record(event.productId(), node.name());
    }
}
