package eus.berrigune.catalog.application;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items of this page
 * @param page page number, from 0
 * @param size page size
 * @param total number of items in all pages
 * @param <T> item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
