-- Segments: every combination of filters a dashboard was asked for (beyond what the one-dimensional rollups answer).
-- The figures of each complete site-local day are computed once from raw events and archived here, so a filtered
-- dashboard reads rows like the rollups instead of scanning events again. Archives hold no identifiers and are kept
-- when raw events are purged; an event arriving late for an archived day drops that site's archives from the day
-- before it on (invalid_from / invalidated_at record the latest such drop, so that an archive computed meanwhile is
-- not written). Segments unused for a long time are deleted with their archives.
CREATE TABLE analytics_segments (
    id               UUID           NOT NULL PRIMARY KEY,
    site_id          UUID           NOT NULL,
    definition       VARCHAR(20000) NOT NULL,
    definition_hash  VARCHAR(64)    NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    invalidated_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT analytics_segments_definition UNIQUE (site_id, definition_hash)
);

-- The days of a segment whose figures are archived (a day without a matching event has no rows but is archived).
CREATE TABLE analytics_segment_days (
    segment_id   UUID NOT NULL,
    local_day    DATE NOT NULL,
    archived_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (segment_id, local_day)
);

-- A segment's figures per site-local day and value: dimension 'total' (value ''), 'hour' (value the local hour, 00-23;
-- visitors counted in the hour first seen) and every breakdown dimension.
CREATE TABLE analytics_segment_rollup (
    segment_id   UUID          NOT NULL,
    dimension    VARCHAR(20)   NOT NULL,
    local_day    DATE          NOT NULL,
    dim_value    VARCHAR(1024) NOT NULL,
    pageviews    BIGINT        NOT NULL,
    visits       BIGINT        NOT NULL,
    visitors     BIGINT        NOT NULL,
    bounces      BIGINT        NOT NULL,
    engaged_ms   BIGINT        NOT NULL,
    actions      BIGINT        NOT NULL,
    PRIMARY KEY (segment_id, local_day, dimension, dim_value)
);
