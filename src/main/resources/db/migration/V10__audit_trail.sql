-- Issue 6: the audit trail. Append-only and hash-chained: each record carries the SHA-256 of the previous one
-- (audit.domain.ChainHash), so changing, removing or reordering a row makes the verification fail there.
-- The application never updates or deletes audit_record rows, except pruning the oldest ones past the retention
-- period (BERRIGUNE_AUDIT_RETENTION_DAYS). REVOKE UPDATE/DELETE is not portable to H2; on PostgreSQL an operator may
-- additionally run the application as a role without UPDATE on audit_record (docs/operations.md).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

-- The single row locked (SELECT ... FOR UPDATE) by every append: records get consecutive numbers and the right
-- predecessor even with several servers. The anchor is the last pruned record, where verification starts.
CREATE TABLE audit_chain_head (
    id          INTEGER      NOT NULL PRIMARY KEY,
    last_seq    BIGINT       NOT NULL,
    last_hash   VARCHAR(64)  NOT NULL,
    anchor_seq  BIGINT       NOT NULL,
    anchor_hash VARCHAR(64)  NOT NULL,
    pruned_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, last_seq, last_hash, anchor_seq, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        0, '0000000000000000000000000000000000000000000000000000000000000000');

-- No foreign keys: a record outlives the users, organisations and objects it names.
CREATE TABLE audit_record (
    seq             BIGINT        NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        BIGINT,
    actor_name      VARCHAR(200)  NOT NULL,
    organisation_id BIGINT,
    action          VARCHAR(64)   NOT NULL,
    object_type     VARCHAR(64),
    object_id       VARCHAR(100),
    -- SUCCESS, DENIED or FAILED
    outcome         VARCHAR(16)   NOT NULL,
    detail          VARCHAR(1000),
    previous_hash   VARCHAR(64)   NOT NULL,
    record_hash     VARCHAR(64)   NOT NULL
);

CREATE INDEX ix_audit_record_occurred ON audit_record (occurred_at);
CREATE INDEX ix_audit_record_actor ON audit_record (actor_name);
CREATE INDEX ix_audit_record_object ON audit_record (object_type, object_id);
