CREATE TABLE consent_configs (
    site_id              UUID          NOT NULL PRIMARY KEY,
    banner_version       INT           NOT NULL,
    statement_version    INT           NOT NULL,
    privacy_url          VARCHAR(2048),
    categories           VARCHAR(200)  NOT NULL,
    texts                VARCHAR(20000),
    gpc_categories       VARCHAR(200)  NOT NULL,
    dnt_mode             VARCHAR(10)   NOT NULL,
    google_consent_mode  BOOLEAN       NOT NULL,
    site_token_hash      CHAR(64),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE cookie_declarations (
    id          UUID          NOT NULL PRIMARY KEY,
    site_id     UUID,
    name        VARCHAR(200)  NOT NULL,
    provider    VARCHAR(200)  NOT NULL,
    party       VARCHAR(10)   NOT NULL,
    duration    VARCHAR(100)  NOT NULL,
    category    VARCHAR(20)   NOT NULL,
    purpose     VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cookie_declarations_site ON cookie_declarations (site_id);

INSERT INTO cookie_declarations (id, site_id, name, provider, party, duration, category, purpose, created_at) VALUES
  ('00000000-0000-0000-0000-000000000001', NULL, 'custodian_consent', 'This website (Custodian)', 'first', '12 months',
   'necessary', 'Remembers your cookie choices and the id of your consent record', CURRENT_TIMESTAMP),
  ('00000000-0000-0000-0000-000000000002', NULL, '_cst_vid', 'This website (Custodian)', 'first', '13 months',
   'analytics', 'Recognises a returning visitor for first-party statistics, only with your consent', CURRENT_TIMESTAMP),
  ('00000000-0000-0000-0000-000000000003', NULL, '_cst_sid', 'This website (Custodian)', 'first', '30 minutes',
   'analytics', 'Groups the pages of one visit for first-party statistics, only with your consent', CURRENT_TIMESTAMP);

CREATE TABLE privacy_statements (
    site_id       UUID           NOT NULL,
    version       INT            NOT NULL,
    body          VARCHAR(200000) NOT NULL,
    categories    VARCHAR(200)   NOT NULL,
    asks_again    BOOLEAN        NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (site_id, version)
);

CREATE TABLE consent_records (
    seq                BIGINT       NOT NULL PRIMARY KEY,
    site_id            UUID         NOT NULL,
    consent_id         VARCHAR(64)  NOT NULL,
    granted            VARCHAR(200) NOT NULL,
    denied             VARCHAR(200) NOT NULL,
    cause              VARCHAR(20)  NOT NULL,
    banner_version     INT          NOT NULL,
    statement_version  INT          NOT NULL,
    language           VARCHAR(35),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    details_digest     CHAR(64)     NOT NULL,
    prev_hash          CHAR(64)     NOT NULL,
    hash               CHAR(64)     NOT NULL
);
CREATE INDEX consent_records_consent ON consent_records (consent_id, seq);
CREATE INDEX consent_records_site_time ON consent_records (site_id, recorded_at);

-- What identifies the device; not hashed directly into the chain (only a salted digest is), so erasure can remove it.
CREATE TABLE consent_record_details (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    user_agent  VARCHAR(512),
    ip          VARCHAR(45),
    nonce       CHAR(32)     NOT NULL
);

CREATE TABLE consent_head (
    id    INT      NOT NULL PRIMARY KEY,
    seq   BIGINT   NOT NULL,
    hash  CHAR(64) NOT NULL
);
INSERT INTO consent_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE consent_links (
    consent_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    customer_id  UUID        NOT NULL,
    linked_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX consent_links_customer ON consent_links (customer_id);
