package eus.berrigune.audit.application;

import java.util.List;

/**
 * A page of the trail, newest first.
 *
 * @param items the records of this page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many records match
 */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
