package eus.berrigune.search.application;

import eus.berrigune.catalog.domain.ProductStatus;

/**
 * A committed product change is now searchable: observers that query the index about the product (saved-search
 * alerts) observe this rather than the catalogue's own event, so they see the index as it is after the change.
 *
 * @param productId product
 * @param status state after the change
 */
public record ProductIndexed(long productId, ProductStatus status) {}
