CREATE SEQUENCE site_tracking_ids START WITH 1;

CREATE TABLE sites (
    id            UUID          NOT NULL PRIMARY KEY,
    tracking_id   INT           NOT NULL UNIQUE,
    name          VARCHAR(200)  NOT NULL,
    domains       VARCHAR(2000) NOT NULL,
    time_zone     VARCHAR(64)   NOT NULL,
    cookie_mode   VARCHAR(20)   NOT NULL,
    excluded_ips  VARCHAR(2000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE collect_salts (
    salt_day  DATE  NOT NULL PRIMARY KEY,
    salt  BYTEA NOT NULL
);

CREATE TABLE visitor_links (
    site_id      UUID        NOT NULL,
    visitor_id   VARCHAR(64) NOT NULL,
    customer_id  UUID        NOT NULL,
    linked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (site_id, visitor_id)
);
CREATE INDEX visitor_links_customer ON visitor_links (customer_id);

CREATE TABLE restricted_visitors (
    visitor_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    customer_id    UUID,
    restricted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP    NOT NULL,
    locked_at   TIMESTAMP    NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
