package eus.berrigune.shortlist.domain;

import eus.berrigune.shared.domain.BaseEntity;
import eus.berrigune.shared.domain.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A named list of products a buyer keeps, e.g. to compare them or to start a consultation from. Personal to its
 * owner. Holds each product once, at most {@link #MAX_ITEMS}, in the order they were added.
 */
@Entity
@Table(name = "shortlist")
public class Shortlist extends BaseEntity {

    public static final int NAME_MAX = 120;
    public static final int MAX_ITEMS = 100;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shortlist_item", joinColumns = @JoinColumn(name = "shortlist_id"))
    private List<ShortlistItem> items = new ArrayList<>();

    protected Shortlist() {}

    public Shortlist(long ownerId, long organisationId, String name) {
        this.ownerId = ownerId;
        this.organisationId = organisationId;
        this.name = validName(name);
    }

    /** A name of 1 to {@link #NAME_MAX} characters, trimmed; else a validation error on {@code name}. */
    public static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("name", "validation.required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new ValidationException("name", "validation.tooLong");
        }
        return trimmed;
    }

    public void rename(String newName) {
        this.name = validName(newName);
    }

    /**
     * Adds the products not yet on the list, keeping the order given; returns how many were added.
     *
     * @throws ValidationException on {@code productIds} when the list would hold more than {@link #MAX_ITEMS}
     */
    public int add(List<Long> productIds, Instant at) {
        List<Long> fresh = productIds.stream().distinct().filter(id -> !contains(id)).toList();
        if (items.size() + fresh.size() > MAX_ITEMS) {
            throw new ValidationException("productIds", "shortlist.validation.full");
        }
        fresh.forEach(id -> items.add(new ShortlistItem(id, at)));
        if (!fresh.isEmpty()) {
            touch();
        }
        return fresh.size();
    }

    /** Removes a product; returns whether it was on the list. */
    public boolean remove(long productId) {
        boolean removed = items.removeIf(i -> i.getProductId() == productId);
        if (removed) {
            touch();
        }
        return removed;
    }

    public boolean contains(long productId) {
        return items.stream().anyMatch(i -> i.getProductId() == productId);
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    /** The items in the order they were added. */
    public List<ShortlistItem> getItems() {
        return items.stream().sorted(Comparator.comparing(ShortlistItem::getAddedAt)).toList();
    }
}
