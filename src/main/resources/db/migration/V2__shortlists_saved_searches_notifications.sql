-- Issue 3: a buyer's shortlists and saved searches, and in-app notifications for every user.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE TABLE shortlist (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    owner_id        BIGINT       NOT NULL REFERENCES user_account (id),
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    name            VARCHAR(120) NOT NULL,
    CONSTRAINT uq_shortlist_owner_name UNIQUE (owner_id, name)
);

CREATE TABLE shortlist_item (
    shortlist_id    BIGINT       NOT NULL REFERENCES shortlist (id) ON DELETE CASCADE,
    product_id      BIGINT       NOT NULL REFERENCES product (id),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (shortlist_id, product_id)
);

CREATE TABLE saved_search (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    owner_id        BIGINT        NOT NULL REFERENCES user_account (id),
    organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    name            VARCHAR(120)  NOT NULL,
    query           VARCHAR(2000) NOT NULL,
    alerts          BOOLEAN       NOT NULL,
    language        VARCHAR(2)    NOT NULL,
    CONSTRAINT uq_saved_search_owner_name UNIQUE (owner_id, name)
);

CREATE INDEX ix_saved_search_alerts ON saved_search (alerts);

-- Products announced to a saved search's owner: each product at most once per saved search; "seen" once the
-- owner has opened the saved search since.
CREATE TABLE saved_search_match (
    saved_search_id BIGINT       NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    product_id      BIGINT       NOT NULL REFERENCES product (id),
    matched_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    seen            BOOLEAN      NOT NULL,
    PRIMARY KEY (saved_search_id, product_id)
);

CREATE TABLE notification (
    id              BIGINT        NOT NULL PRIMARY KEY,
    recipient_id    BIGINT        NOT NULL REFERENCES user_account (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    message_key     VARCHAR(100)  NOT NULL,
    param1          VARCHAR(300),
    param2          VARCHAR(300),
    link            VARCHAR(500),
    read_at         TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_notification_recipient ON notification (recipient_id, created_at);
