package eus.berrigune.catalog.application;

import eus.berrigune.catalog.domain.ProductStatus;

/**
 * A product was created, changed, published or archived. Observers that must only see committed changes (the
 * search index) observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
 *
 * @param productId product
 * @param companyId owning company
 * @param status state after the change
 */
public record ProductChanged(long productId, long companyId, ProductStatus status) {}
