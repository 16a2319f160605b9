package eus.berrigune.shortlist.application;

import eus.berrigune.catalog.application.ProductSummary;
import java.time.Instant;
import java.util.List;

/**
 * A shortlist with its products.
 *
 * @param id shortlist
 * @param name its name
 * @param version for optimistic locking
 * @param entries the products in the order they were added
 */
public record ShortlistDetails(long id, String name, long version, List<Entry> entries) implements java.io.Serializable {

    /** Ids of the products the reader can still open. */
    public List<Long> availableIds() {
        return entries.stream().filter(Entry::available).map(Entry::productId).toList();
    }

    /**
     * One product on the list.
     *
     * @param productId product
     * @param addedAt when it was added
     * @param product the product as the reader may see it now, or null when it is no longer available (archived)
     */
    public record Entry(long productId, Instant addedAt, ProductSummary product) implements java.io.Serializable {

        public boolean available() {
            return product != null;
        }
    }
}
