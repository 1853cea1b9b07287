CREATE TABLE staff (
    id             UUID          NOT NULL PRIMARY KEY,
    username       VARCHAR(100)  NOT NULL UNIQUE,
    display_name   VARCHAR(200)  NOT NULL,
    password_hash  VARCHAR(500)  NOT NULL,
    role           VARCHAR(40)   NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_tokens (
    id            UUID          NOT NULL PRIMARY KEY,
    staff_id      UUID          NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    name          VARCHAR(200)  NOT NULL,
    token_hash    CHAR(64)      NOT NULL UNIQUE,
    scopes        VARCHAR(1000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_tokens_staff ON api_tokens (staff_id);
