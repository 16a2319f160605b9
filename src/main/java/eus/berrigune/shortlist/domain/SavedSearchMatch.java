package eus.berrigune.shortlist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A product announced to a saved search's owner (each product once per saved search); seen once they open it. */
@Entity
@Table(name = "saved_search_match")
@IdClass(SavedSearchMatch.Key.class)
public class SavedSearchMatch {

    @Id
    @Column(name = "saved_search_id", nullable = false, updatable = false)
    private long savedSearchId;

    @Id
    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "matched_at", nullable = false, updatable = false)
    private Instant matchedAt;

    @Column(nullable = false)
    private boolean seen;

    protected SavedSearchMatch() {}

    public SavedSearchMatch(long savedSearchId, long productId, Instant matchedAt) {
        this.savedSearchId = savedSearchId;
        this.productId = productId;
        this.matchedAt = Objects.requireNonNull(matchedAt);
    }

    public void markSeen() {
        seen = true;
    }

    public long getSavedSearchId() {
        return savedSearchId;
    }

    public long getProductId() {
        return productId;
    }

    public Instant getMatchedAt() {
        return matchedAt;
    }

    public boolean isSeen() {
        return seen;
    }

    /** Primary key: saved search and product. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long savedSearchId;
        private long productId;

        public Key() {}

        public Key(long savedSearchId, long productId) {
            this.savedSearchId = savedSearchId;
            this.productId = productId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.savedSearchId == savedSearchId && k.productId == productId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(savedSearchId, productId);
        }
    }
}
