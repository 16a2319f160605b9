package eus.berrigune.idempotency.domain;

import java.time.Instant;
import java.util.Optional;

public interface IdempotentRequestRepository {

    Optional<IdempotentRequest> find(IdempotentRequestId id);

    /** Inserts now (not at commit), so that a concurrent call with the same key waits on this row or fails. */
    void insert(IdempotentRequest request);

    void delete(IdempotentRequest request);

    /** Deletes the keys expired at {@code now}; returns how many. */
    int deleteExpired(Instant now);
}
