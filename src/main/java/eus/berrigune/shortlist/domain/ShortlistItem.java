package eus.berrigune.shortlist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A product on a shortlist and when it was added. */
@Embeddable
public class ShortlistItem {

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ShortlistItem() {}

    ShortlistItem(long productId, Instant addedAt) {
        this.productId = productId;
        this.addedAt = Objects.requireNonNull(addedAt);
    }

    public long getProductId() {
        return productId;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShortlistItem item && item.productId == productId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(productId);
    }
}
