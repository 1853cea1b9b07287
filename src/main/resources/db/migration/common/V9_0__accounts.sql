ALTER TABLE customer_fields ALTER COLUMN source SET DATA TYPE VARCHAR(60);

CREATE TABLE customer_sessions (
    id           UUID        NOT NULL PRIMARY KEY,
    token_hash   CHAR(64)    NOT NULL UNIQUE,
    customer_id  UUID        NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    method       VARCHAR(60) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    ended_by     VARCHAR(60)
);
CREATE INDEX customer_sessions_customer ON customer_sessions (customer_id);

CREATE TABLE sign_in_links (
    id           UUID        NOT NULL PRIMARY KEY,
    customer_id  UUID        REFERENCES customers (id) ON DELETE CASCADE,
    token_hash   CHAR(64)    UNIQUE,
    code_hash    CHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    attempts     INT         NOT NULL DEFAULT 0
);
CREATE INDEX sign_in_links_customer ON sign_in_links (customer_id, created_at);
