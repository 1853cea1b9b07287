-- Onward notices (GDPR Art. 19): one row per recipient told of a customer's correction, erasure or restriction,
-- naming the changed fields (never values) and the disclosures the recipient had received; the note of the
-- acknowledgement is stored encrypted.
CREATE TABLE onward_notices (
    id              UUID          NOT NULL PRIMARY KEY,
    customer_id     UUID          NOT NULL,
    recipient_id    UUID          NOT NULL REFERENCES disclosure_recipients (id),
    kind            VARCHAR(20)   NOT NULL,
    fields          VARCHAR(2000) NOT NULL,
    disclosure_ids  VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    mailed_at       TIMESTAMP WITH TIME ZONE,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    acknowledged_by VARCHAR(200),
    note_ct         BYTEA
);
CREATE INDEX onward_notices_customer ON onward_notices (customer_id, created_at);

-- Credentials a recipient uses to pull its allowed fields itself: only the SHA-256 of the secret is kept.
CREATE TABLE recipient_credentials (
    id           UUID         NOT NULL PRIMARY KEY,
    recipient_id UUID         NOT NULL REFERENCES disclosure_recipients (id) ON DELETE CASCADE,
    label        VARCHAR(200) NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL UNIQUE,
    issuer_role  VARCHAR(40)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(200),
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX recipient_credentials_recipient ON recipient_credentials (recipient_id);
