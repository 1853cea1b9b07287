CREATE TABLE customers (
    id           UUID        NOT NULL PRIMARY KEY,
    email_index  CHAR(64)    NOT NULL UNIQUE,
    status       VARCHAR(20) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE customer_fields (
    customer_id  UUID         NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    field        VARCHAR(120) NOT NULL,
    value_ct     BYTEA        NOT NULL,
    source       VARCHAR(20)  NOT NULL,
    purposes     VARCHAR(500) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (customer_id, field)
);
CREATE INDEX customer_fields_verified ON customer_fields (verified_at);

CREATE TABLE customer_purpose_consents (
    customer_id  UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    purpose      VARCHAR(60) NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (customer_id, purpose)
);
