package eus.berrigune.idempotency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A key as its user sent it: keys are scoped per user. */
@Embeddable
public class IdempotentRequestId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "idem_key", nullable = false, length = IdempotentRequest.KEY_MAX)
    private String key;

    protected IdempotentRequestId() {}

    public IdempotentRequestId(long userId, String key) {
        this.userId = userId;
        this.key = Objects.requireNonNull(key);
    }

    public long userId() {
        return userId;
    }

    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotentRequestId id && id.userId == userId && id.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, key);
    }
}
