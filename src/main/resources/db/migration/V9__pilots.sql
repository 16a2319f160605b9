-- Issue 5: pilot requests and their life cycle, from a clinical need to real-world evidence on the product.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

-- The hospital a need arises in (dashboards count by it) and the market consultation it was turned into, if any.
ALTER TABLE clinical_need ADD COLUMN hospital VARCHAR(200);
ALTER TABLE clinical_need ADD COLUMN consultation_id BIGINT REFERENCES consultation (id);
-- A clinician who knows no product asks the procurement officers to consult the market.
ALTER TABLE clinical_need ADD COLUMN market_requested_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE pilot (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    organisation_id        BIGINT        NOT NULL REFERENCES organisation (id),
    need_id                BIGINT        NOT NULL REFERENCES clinical_need (id),
    product_id             BIGINT        NOT NULL REFERENCES product (id),
    company_id             BIGINT        NOT NULL REFERENCES organisation (id),
    requested_by           BIGINT        NOT NULL REFERENCES user_account (id),
    triaged_by             BIGINT        REFERENCES user_account (id),
    status                 VARCHAR(32)   NOT NULL,
    status_since           TIMESTAMP WITH TIME ZONE NOT NULL,
    intended_use           VARCHAR(2000) NOT NULL,
    within_purpose         BOOLEAN       NOT NULL,
    decision_reason        VARCHAR(2000),
    invited_at             TIMESTAMP WITH TIME ZONE,
    endpoints              VARCHAR(4000),
    duration_weeks         INTEGER,
    sites                  VARCHAR(1000),
    stop_criteria          VARCHAR(4000),
    costs                  VARCHAR(2000),
    data_protection_done   BOOLEAN       NOT NULL DEFAULT FALSE,
    protocol_revision      INTEGER       NOT NULL DEFAULT 0,
    buyer_agreed_by        VARCHAR(200),
    buyer_agreed_at        TIMESTAMP WITH TIME ZONE,
    company_agreed_by      VARCHAR(200),
    company_agreed_at      TIMESTAMP WITH TIME ZONE,
    started_at             TIMESTAMP WITH TIME ZONE,
    ended_at               TIMESTAMP WITH TIME ZONE,
    stop_criterion         VARCHAR(2000),
    result_summary         VARCHAR(4000),
    participants           INTEGER,
    signed_off_by          VARCHAR(200),
    signed_off_at          TIMESTAMP WITH TIME ZONE,
    evidence_item_id       BIGINT
);

CREATE INDEX ix_pilot_organisation ON pilot (organisation_id);
CREATE INDEX ix_pilot_company ON pilot (company_id);
CREATE INDEX ix_pilot_need ON pilot (need_id);

-- The clinician's results against each agreed endpoint.
CREATE TABLE pilot_result (
    pilot_id  BIGINT        NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    endpoint  VARCHAR(500)  NOT NULL,
    met       BOOLEAN       NOT NULL,
    finding   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (pilot_id, position)
);

-- The pilot's timeline: every step, who took it and when; the company sees the steps from its invitation on.
CREATE TABLE pilot_event (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    pilot_id          BIGINT        NOT NULL REFERENCES pilot (id) ON DELETE CASCADE,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    kind              VARCHAR(32)   NOT NULL,
    status            VARCHAR(32)   NOT NULL,
    actor_name        VARCHAR(200)  NOT NULL,
    actor_org         VARCHAR(200)  NOT NULL,
    note              VARCHAR(4000),
    company_visible   BOOLEAN       NOT NULL
);

CREATE INDEX ix_pilot_event_pilot ON pilot_event (pilot_id);

-- A pilot's signed-off outcome is a real-world evidence item on the product that links back to the pilot.
ALTER TABLE evidence_item ADD COLUMN pilot_id BIGINT REFERENCES pilot (id);
