package eus.berrigune.shortlist.application;

import eus.berrigune.catalog.application.ProductSummary;
import java.time.Instant;
import java.util.List;

/**
 * A saved search as its owner opens it, with the products announced to it (newest first).
 *
 * @param id saved search
 * @param name its name
 * @param query canonical search query
 * @param alerts whether the owner is told of new matches
 * @param matches announced products
 */
public record SavedSearchDetails(long id, String name, String query, boolean alerts, List<Match> matches) implements java.io.Serializable {

    /**
     * A product announced to the saved search.
     *
     * @param matchedAt when
     * @param isNew not seen before this opening
     * @param product the product as the owner may see it now, or null when no longer available
     * @param productId product
     */
    public record Match(long productId, Instant matchedAt, boolean isNew, ProductSummary product) implements java.io.Serializable {}
}
