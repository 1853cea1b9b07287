CREATE SEQUENCE event_seq START WITH 1 CACHE 1000;

CREATE TABLE events (
    seq              BIGINT        NOT NULL DEFAULT nextval('event_seq'),
    site_id          UUID          NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ingested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    type             VARCHAR(12)   NOT NULL,
    visitor_id       VARCHAR(64),
    session_id       VARCHAR(64),
    pageview_id      VARCHAR(32),
    cookieless       BOOLEAN       NOT NULL,
    url              VARCHAR(2048) NOT NULL,
    path             VARCHAR(1024) NOT NULL,
    title            VARCHAR(512),
    referrer         VARCHAR(2048),
    source           VARCHAR(200),
    channel          VARCHAR(20),
    utm_source       VARCHAR(200),
    utm_medium       VARCHAR(200),
    utm_campaign     VARCHAR(200),
    utm_term         VARCHAR(200),
    utm_content      VARCHAR(200),
    browser          VARCHAR(100),
    browser_version  VARCHAR(50),
    os               VARCHAR(100),
    os_version       VARCHAR(50),
    device           VARCHAR(20),
    country          VARCHAR(2),
    region           VARCHAR(100),
    city             VARCHAR(100),
    language         VARCHAR(35),
    screen           VARCHAR(20),
    engaged_ms       INT,
    action_name      VARCHAR(200),
    action_kind      VARCHAR(20),
    action_target    VARCHAR(2048),
    props            VARCHAR(4000),
    ip               VARCHAR(45),
    bot              BOOLEAN       NOT NULL,
    consent_id       VARCHAR(64)
);
CREATE INDEX events_site_time ON events (site_id, occurred_at);
CREATE INDEX events_visitor ON events (visitor_id);
CREATE INDEX events_seq ON events (seq);
CREATE INDEX events_occurred ON events (occurred_at);
