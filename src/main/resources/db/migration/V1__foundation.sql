-- Berrigune foundation schema: organisations, users, the product record and its evidence.
-- Portable SQL: runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.

CREATE SEQUENCE id_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE organisation (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    vat_number      VARCHAR(32),
    city            VARCHAR(100),
    website         VARCHAR(300),
    email           VARCHAR(254),
    cluster_member  BOOLEAN      NOT NULL,
    description_eu  VARCHAR(4000),
    description_es  VARCHAR(4000),
    description_en  VARCHAR(4000),
    CONSTRAINT uq_organisation_name UNIQUE (name)
);

CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    locale          VARCHAR(8)   NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    CONSTRAINT uq_user_account_username UNIQUE (username)
);

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role            VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_account_id, role)
);

CREATE TABLE product (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    version                   BIGINT       NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    company_id                BIGINT       NOT NULL REFERENCES organisation (id),
    status                    VARCHAR(16)  NOT NULL,
    emdn_code                 VARCHAR(16),
    website                   VARCHAR(300),
    legislation               VARCHAR(16),
    risk_class                VARCHAR(16),
    ce_status                 VARCHAR(16),
    notified_body_number      VARCHAR(4),
    notified_body_name        VARCHAR(200),
    certificate_number        VARCHAR(64),
    certificate_expiry        DATE,
    basic_udi_di              VARCHAR(64),
    trl                       INTEGER,
    nice_tier                 VARCHAR(1),
    published_at              TIMESTAMP WITH TIME ZONE,
    archived_at               TIMESTAMP WITH TIME ZONE,
    archive_reason            VARCHAR(1000),
    sus_kg_co2e               NUMERIC(14, 4),
    sus_declared_unit         VARCHAR(120),
    sus_method                VARCHAR(24),
    sus_reference_year        INTEGER,
    sus_third_party_verified  BOOLEAN,
    sus_recyclable_percent    INTEGER,
    sus_reusable              BOOLEAN,
    sus_take_back             BOOLEAN,
    sus_packaging             VARCHAR(300),
    sus_energy_kwh_per_year   NUMERIC(14, 4)
);
CREATE INDEX ix_product_company ON product (company_id);
CREATE INDEX ix_product_status_emdn ON product (status, emdn_code);

CREATE TABLE product_text (
    product_id        BIGINT        NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    language          VARCHAR(2)    NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    description       VARCHAR(4000),
    intended_purpose  VARCHAR(2000),
    PRIMARY KEY (product_id, language)
);

CREATE TABLE product_cpv (
    product_id BIGINT      NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    code       VARCHAR(12) NOT NULL,
    PRIMARY KEY (product_id, code)
);

CREATE TABLE product_interoperability (
    product_id BIGINT      NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    standard   VARCHAR(24) NOT NULL,
    PRIMARY KEY (product_id, standard)
);

CREATE TABLE product_env_certificate (
    product_id  BIGINT      NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    certificate VARCHAR(16) NOT NULL,
    PRIMARY KEY (product_id, certificate)
);

CREATE TABLE product_hazardous_free (
    product_id BIGINT      NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    substance  VARCHAR(16) NOT NULL,
    PRIMARY KEY (product_id, substance)
);

CREATE TABLE evidence_document (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    product_id   BIGINT       NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    buyer_only   BOOLEAN      NOT NULL
);
CREATE INDEX ix_evidence_document_product ON evidence_document (product_id);

-- Document bytes live in the database so that a database backup contains them.
CREATE TABLE evidence_document_content (
    document_id BIGINT NOT NULL PRIMARY KEY REFERENCES evidence_document (id) ON DELETE CASCADE,
    content     BYTEA  NOT NULL
);

CREATE TABLE evidence_item (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    product_id     BIGINT        NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    kind           VARCHAR(24)   NOT NULL,
    design         VARCHAR(32)   NOT NULL,
    population     INTEGER,
    title          VARCHAR(300)  NOT NULL,
    summary        VARCHAR(4000),
    language       VARCHAR(2),
    reference      VARCHAR(500),
    document_id    BIGINT        REFERENCES evidence_document (id) ON DELETE SET NULL,
    verification   VARCHAR(16)   NOT NULL,
    verified_by    VARCHAR(120),
    verifier_org   VARCHAR(200),
    verified_at    TIMESTAMP WITH TIME ZONE,
    return_reason  VARCHAR(1000)
);
CREATE INDEX ix_evidence_item_product ON evidence_item (product_id);
CREATE INDEX ix_evidence_item_verification ON evidence_item (verification);
