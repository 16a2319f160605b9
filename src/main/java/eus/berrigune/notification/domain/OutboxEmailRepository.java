package eus.berrigune.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The e-mail outbox. */
public interface OutboxEmailRepository {

    OutboxEmail save(OutboxEmail email);

    Optional<OutboxEmail> find(long id);

    /**
     * Up to {@code limit} e-mails due at {@code now}, as (id, version) pairs: pending ones whose attempt time has
     * come, and claimed ones whose sender has not finished in time (it died). Fewest attempts first, then oldest: while
     * the mail server is failing, fresh e-mails are tried before ones that have failed already.
     */
    List<Due> findDue(Instant now, int limit);

    /**
     * Claims an e-mail for one attempt by a single conditional update: succeeds only if nobody changed it since
     * {@code version} was read and it is still due, counts the attempt and holds it until {@code leaseUntil}.
     * Portable (no {@code SELECT … FOR UPDATE SKIP LOCKED}): of several nodes racing for a row, exactly one update
     * matches.
     */
    boolean claim(long id, long version, Instant now, Instant leaseUntil);

    long countByStatus(OutboxEmail.Status status);

    /** Forgets e-mails sent before the given time (they hold addresses; the notification itself stays). */
    int deleteSentBefore(Instant before);

    /**
     * An e-mail due for sending.
     *
     * @param id e-mail
     * @param version the version read, for the claim
     */
    record Due(long id, long version) {}
}
