package eus.berrigune.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The audit chain in the database. */
public interface AuditRepository {

    /** The chain head, locked (SELECT … FOR UPDATE) until the current transaction ends. */
    AuditChainHead lockHead();

    /** The chain head, not locked. */
    AuditChainHead head();

    /** Stores the record and writes it (with the head's change) to the database at once. */
    void save(AuditRecord record);

    /** Writes pending changes (the head's) to the database now. */
    void flush();

    /** Up to {@code limit} records with a number above {@code afterSequence} and at most {@code throughSequence}, in order. */
    List<AuditRecord> chainPage(long afterSequence, long throughSequence, int limit);

    /** Records matching the criteria, newest first. */
    List<AuditRecord> search(AuditCriteria criteria, int offset, int limit);

    long count(AuditCriteria criteria);

    /** The newest record that occurred before {@code cutoff}. */
    Optional<AuditRecord> lastBefore(Instant cutoff);

    /** Deletes every record numbered up to {@code sequence}; returns how many. */
    int deleteThrough(long sequence);
}
