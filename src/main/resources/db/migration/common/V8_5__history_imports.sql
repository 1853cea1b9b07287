-- Figures brought in from another analytics tool (Plausible, Umami, Matomo), per site, source and site-local day.
-- analytics adds them to its rollups (at the day's first hour) and takes the previous ones of the same source and day
-- back out first, so importing the same days twice counts them once. Aggregates only, no identifiers.
CREATE TABLE analytics_imported (
    site_id     UUID          NOT NULL,
    source      VARCHAR(20)   NOT NULL,
    local_day   DATE          NOT NULL,
    dimension   VARCHAR(20)   NOT NULL,
    dim_value   VARCHAR(1024) NOT NULL,
    pageviews   BIGINT        NOT NULL,
    visits      BIGINT        NOT NULL,
    visitors    BIGINT        NOT NULL,
    bounces     BIGINT        NOT NULL,
    engaged_ms  BIGINT        NOT NULL,
    actions     BIGINT        NOT NULL,
    PRIMARY KEY (site_id, source, local_day, dimension, dim_value)
);
CREATE INDEX analytics_imported_days ON analytics_imported (site_id, local_day);

-- History imports and what each did: rows read, imported and skipped, the days it replaced and a bounded report.
CREATE TABLE history_imports (
    id             UUID          NOT NULL PRIMARY KEY,
    site_id        UUID          NOT NULL,
    format         VARCHAR(20)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    state          VARCHAR(20)   NOT NULL,
    rows_read      BIGINT        NOT NULL,
    rows_imported  BIGINT        NOT NULL,
    rows_skipped   BIGINT        NOT NULL,
    first_day      DATE,
    last_day       DATE,
    days           INT           NOT NULL,
    report         VARCHAR(200000) NOT NULL,
    started_by     VARCHAR(100)  NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX history_imports_site ON history_imports (site_id, started_at);
