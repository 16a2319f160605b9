package eus.berrigune.catalog.domain;

import java.time.Instant;
import java.util.List;

/**
 * Every committed product change, written in the changing transaction: each server keeps its own search index and
 * reads here the changes made through the other servers.
 */
public interface ProductChangeLog {

    /** Records a change of a product made by {@code node}, in the current transaction. */
    void record(long productId, String node);

    /** Changes recorded at or after {@code from} by servers other than {@code exceptNode}, oldest first. */
    List<Change> since(Instant from, String exceptNode);

    /** The database's clock, which stamps the changes (the servers' clocks may differ from it). */
    Instant now();

    /** Deletes the changes recorded before {@code before}; returns how many. */
    int forgetBefore(Instant before);

    /**
     * One recorded change.
     *
     * @param id its number
     * @param productId the product
     * @param changedAt when (the database's clock, at the start of the changing transaction)
     */
    record Change(long id, long productId, Instant changedAt) {}
}
