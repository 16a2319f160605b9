package eus.berrigune.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The end (and the pruned beginning) of the audit chain: one row, locked for every append so that records get
 * consecutive numbers and each one links to its real predecessor even with several servers writing at once.
 *
 * <p>The anchor is the last record pruned (number and hash), from which verification starts: pruning old records
 * never makes the rest unverifiable. Before any pruning the anchor is record 0 with {@link ChainHash#GENESIS}.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    /** The id of the only row. */
    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "anchor_seq", nullable = false)
    private long anchorSequence;

    @Column(name = "anchor_hash", nullable = false, length = 64)
    private String anchorHash;

    @Column(name = "pruned_at")
    private Instant prunedAt;

    protected AuditChainHead() {}

    /** A head whose chain starts after the given anchor and has no record yet (the database has the real row). */
    public static AuditChainHead startingAfter(long anchorSequence, String anchorHash) {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.anchorSequence = anchorSequence;
        head.anchorHash = Objects.requireNonNull(anchorHash);
        head.lastSequence = anchorSequence;
        head.lastHash = anchorHash;
        return head;
    }

    /** The next record of the chain, made from {@code event}; the caller persists it. */
    public AuditRecord append(AuditEvent event) {
        AuditRecord record = new AuditRecord(lastSequence + 1, lastHash, event);
        lastSequence = record.getSequence();
        lastHash = record.getHash();
        return record;
    }

    /**
     * Moves the anchor to {@code lastPruned}: every record up to it is about to be deleted, and verification starts
     * after it.
     */
    public void pruneThrough(AuditRecord lastPruned, Instant now) {
        Objects.requireNonNull(lastPruned);
        if (lastPruned.getSequence() <= anchorSequence || lastPruned.getSequence() > lastSequence) {
            throw new IllegalArgumentException("Pruning goes forward, within the chain");
        }
        anchorSequence = lastPruned.getSequence();
        anchorHash = lastPruned.getHash();
        prunedAt = now;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }

    public long getAnchorSequence() {
        return anchorSequence;
    }

    public String getAnchorHash() {
        return anchorHash;
    }

    public Instant getPrunedAt() {
        return prunedAt;
    }
}
