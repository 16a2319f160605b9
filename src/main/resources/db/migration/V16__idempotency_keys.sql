-- Issue 6 ("Nothing lost"): the first successful answer to a state-changing API call sent with an Idempotency-Key,
-- written in the same transaction as the change, so that a retry after a lost answer gets the same answer and
-- changes nothing twice. Keys are scoped per user; rows expire (idempotent_request.expires_at) and are deleted.
-- Numbered V16: main already has V13 (single sign-on) and V15 (product change log); a lower number would be
-- "out of order" for Flyway on any database that has run V15.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE TABLE idempotent_request (
    user_id        BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    idem_key       VARCHAR(100)  NOT NULL,
    method         VARCHAR(10)   NOT NULL,
    path           VARCHAR(1000) NOT NULL,
    request_hash   VARCHAR(64)   NOT NULL,
    status         INTEGER       NOT NULL,
    location       VARCHAR(1000),
    response_body  BYTEA,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);

CREATE INDEX ix_idempotent_request_expires ON idempotent_request (expires_at);
