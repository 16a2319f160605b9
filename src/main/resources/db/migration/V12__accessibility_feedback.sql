-- Issue 7: the feedback channel the accessibility statement offers (EU Directive 2016/2102 art. 7; RD 1112/2018).
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE TABLE accessibility_feedback (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    page          VARCHAR(500),
    message       VARCHAR(4000) NOT NULL,
    contact       VARCHAR(254),
    language      VARCHAR(2)    NOT NULL,
    user_id       BIGINT        REFERENCES user_account (id),
    handled_at    TIMESTAMP WITH TIME ZONE,
    handled_by    VARCHAR(200)
);

CREATE INDEX ix_accessibility_feedback_created ON accessibility_feedback (created_at);
