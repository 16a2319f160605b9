package eus.berrigune.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the audit trail. Immutable: created once, at the end of the chain, by {@link AuditChainHead#append};
 * never changed or deleted except by pruning past the retention period (oldest first).
 *
 * <p>Every text is neutralised ({@link LogText}) and cut to its column when the record is made, and the hash is
 * computed from exactly what is stored, so {@link #isIntactAfter(String)} can recompute it from the row alone.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    public static final int ACTOR_NAME_MAX = 200;
    public static final int ACTION_MAX = 64;
    public static final int OBJECT_TYPE_MAX = 64;
    public static final int OBJECT_ID_MAX = 100;
    public static final int DETAIL_MAX = 1000;
    /** Actions and object types are codes chosen by the programmer, e.g. {@code publish}, {@code add-evidence}. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    @Id
    @Column(name = "seq", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = ACTOR_NAME_MAX)
    private String actorName;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(nullable = false, updatable = false, length = ACTION_MAX)
    private String action;

    @Column(name = "object_type", updatable = false, length = OBJECT_TYPE_MAX)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = OBJECT_ID_MAX)
    private String objectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "record_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditRecord() {}

    /** A record following the one whose hash is {@code previousHash}; see {@link AuditChainHead#append}. */
    AuditRecord(long sequence, String previousHash, AuditEvent event) {
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        this.actorId = event.actorId();
        this.actorName = LogText.neutralise(event.actorName() == null ? "-" : event.actorName(), ACTOR_NAME_MAX);
        this.organisationId = event.organisationId();
        this.action = code(event.action(), "action");
        this.objectType = event.objectType() == null ? null : code(event.objectType(), "object type");
        this.objectId = LogText.neutralise(event.objectId(), OBJECT_ID_MAX);
        this.outcome = Objects.requireNonNull(event.outcome());
        this.detail = LogText.neutralise(event.detail(), DETAIL_MAX);
        this.hash = computeHash();
    }

    private static String code(String value, String what) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("An audit " + what + " is a lower-case code: " + LogText.neutralise(value));
        }
        return value;
    }

    /** The hash this record must carry, recomputed from its fields. */
    public String computeHash() {
        return ChainHash.sha256(ChainHash.canonical(sequence, occurredAt.toEpochMilli(), actorId, actorName,
                organisationId, action, objectType, objectId, outcome, detail, previousHash));
    }

    /** Whether this record follows a record with hash {@code expectedPrevious} and its own hash is right. */
    public boolean isIntactAfter(String expectedPrevious) {
        return Objects.equals(previousHash, expectedPrevious) && Objects.equals(hash, computeHash());
    }

    /** One line for the server log: neutralised fields only, so it cannot break into several lines. */
    public String toLogLine() {
        return "audit #" + sequence + " " + occurredAt + " actor=" + actorName + "(" + actorId + ") org=" + organisationId
                + " action=" + action + " object=" + objectType + ":" + objectId + " outcome=" + outcome
                + (detail == null ? "" : " detail=" + detail);
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
