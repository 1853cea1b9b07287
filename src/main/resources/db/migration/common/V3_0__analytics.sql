-- Analytics rollups, kept current incrementally from the collect module's events table (read-only for analytics).
-- Rollups hold no identifiers and are kept when raw events are purged.

-- One row per site, dimension, UTC hour and value. Unknown values are stored as '(none)'.
-- visitors = first sightings of a visitor for that dimension value on the site-local day (see analytics_seen).
CREATE TABLE analytics_rollup (
    site_id       UUID          NOT NULL,
    dimension     VARCHAR(20)   NOT NULL,
    bucket_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    dim_value     VARCHAR(1024) NOT NULL,
    pageviews     BIGINT        NOT NULL,
    visits        BIGINT        NOT NULL,
    visitors      BIGINT        NOT NULL,
    bounces       BIGINT        NOT NULL,
    engaged_ms    BIGINT        NOT NULL,
    actions       BIGINT        NOT NULL,
    PRIMARY KEY (site_id, dimension, bucket_start, dim_value)
);

-- Visitor sightings per site-local day: key_hash = 64-bit hash of (dimension, value, visitor id). Purged after 3 days.
CREATE TABLE analytics_seen (
    site_id   UUID   NOT NULL,
    seen_day  DATE   NOT NULL,
    key_hash  BIGINT NOT NULL,
    PRIMARY KEY (site_id, seen_day, key_hash)
);

-- Working state of recent sessions (hashed session key, entry attributes) so that bounces, entry and exit pages
-- can be corrected when a session goes on in a later batch. Purged 2 days after the session's last event.
CREATE TABLE analytics_sessions (
    site_id       UUID          NOT NULL,
    session_hash  BIGINT        NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    exit_at       TIMESTAMP WITH TIME ZONE,
    last_seen     TIMESTAMP WITH TIME ZONE NOT NULL,
    pageviews     INT           NOT NULL,
    actions       INT           NOT NULL,
    engaged_ms    BIGINT        NOT NULL,
    exit_page     VARCHAR(1024),
    attributes    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (site_id, session_hash)
);
CREATE INDEX analytics_sessions_last_seen ON analytics_sessions (last_seen);

-- Working state of recent pageviews: the largest cumulative engaged time seen so far for each pageview id.
CREATE TABLE analytics_pageviews (
    site_id        UUID          NOT NULL,
    pageview_hash  BIGINT        NOT NULL,
    bucket_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    path           VARCHAR(1024) NOT NULL,
    title          VARCHAR(1024) NOT NULL,
    engaged_ms     BIGINT        NOT NULL,
    last_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (site_id, pageview_hash)
);
CREATE INDEX analytics_pageviews_last_seen ON analytics_pageviews (last_seen);

-- Progress of the rollup job. Events are read by seq; prev_cutoff lets a later run pick up events whose seq is
-- below last_seq but which were committed after the previous run (sequence caches are per connection).
-- run_* hold a run in progress so that a run split into several transactions resumes exactly where it stopped.
CREATE TABLE analytics_watermark (
    id            INT    NOT NULL PRIMARY KEY,
    last_seq      BIGINT NOT NULL,
    prev_cutoff   TIMESTAMP WITH TIME ZONE NOT NULL,
    run_cutoff    TIMESTAMP WITH TIME ZONE,
    run_base_seq  BIGINT,
    run_cursor    BIGINT
);
INSERT INTO analytics_watermark (id, last_seq, prev_cutoff) VALUES (1, 0, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
