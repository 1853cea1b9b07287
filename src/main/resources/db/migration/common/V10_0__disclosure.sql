-- Recipients of customer data (processors, authorities, partners), what each may receive per purpose (the minimum
-- range), partner instructions as versioned text, and the log of every disclosure per customer.
CREATE TABLE disclosure_recipients (
    id                 UUID          NOT NULL PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    legal_entity       VARCHAR(300)  NOT NULL,
    country            VARCHAR(2)    NOT NULL,
    safeguard          VARCHAR(300),
    contract_reference VARCHAR(200),
    contract_expires   DATE,
    contact_email      VARCHAR(254),
    active             BOOLEAN       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE disclosure_recipient_fields (
    recipient_id UUID         NOT NULL REFERENCES disclosure_recipients (id) ON DELETE CASCADE,
    purpose      VARCHAR(60)  NOT NULL REFERENCES purposes (name),
    field        VARCHAR(120) NOT NULL,
    PRIMARY KEY (recipient_id, purpose, field)
);

CREATE TABLE disclosure_instructions (
    recipient_id UUID           NOT NULL REFERENCES disclosure_recipients (id) ON DELETE CASCADE,
    version      INT            NOT NULL,
    text         VARCHAR(20000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200)   NOT NULL,
    PRIMARY KEY (recipient_id, version)
);

CREATE TABLE disclosures (
    id                  UUID         NOT NULL PRIMARY KEY,
    recipient_id        UUID         NOT NULL REFERENCES disclosure_recipients (id),
    purpose             VARCHAR(60)  NOT NULL,
    legal_basis         VARCHAR(30)  NOT NULL,
    format              VARCHAR(10)  NOT NULL,
    actor               VARCHAR(200) NOT NULL,
    instruction_version INT,
    disclosed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX disclosures_recipient ON disclosures (recipient_id, disclosed_at);

-- One row per customer and disclosure; customer_id is set to NULL when the customer is erased (the disclosure stays
-- countable for accountability, no longer linked to the person).
CREATE TABLE disclosure_subjects (
    id            UUID          NOT NULL PRIMARY KEY,
    disclosure_id UUID          NOT NULL REFERENCES disclosures (id),
    customer_id   UUID,
    fields        VARCHAR(2000) NOT NULL
);
CREATE INDEX disclosure_subjects_customer ON disclosure_subjects (customer_id);
CREATE INDEX disclosure_subjects_disclosure ON disclosure_subjects (disclosure_id);
