-- Issue 4: e-mail for every notification, through a transactional outbox. A row is written in the same transaction
-- as the in-app notification (so it exists exactly when the notification does) and sent after the commit by the
-- outbox dispatcher; the rendered text is stored, so sending needs nothing but this row.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE TABLE email_outbox (
    id              BIGINT        NOT NULL PRIMARY KEY,
    -- every claim by a sender increments it: a node owns a row only if its claim moved the version it read
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    notification_id BIGINT        NOT NULL REFERENCES notification (id),
    recipient_id    BIGINT        NOT NULL REFERENCES user_account (id),
    to_address      VARCHAR(254)  NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    -- PENDING (waiting for its next attempt), SENDING (claimed by a node until next_attempt_at), SENT, FAILED
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    sent_at         TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_email_outbox_due ON email_outbox (status, next_attempt_at);
CREATE INDEX ix_email_outbox_recipient ON email_outbox (recipient_id);
