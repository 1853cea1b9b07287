-- Day rollups: the hourly rows summed per site-local day, so that ranges of whole days (every summary, breakdown
-- and daily chart) read one row per day instead of 24. zone records the time zone the days were cut in; the
-- rollup job rebuilds a site's days from its hours when the site's zone differs (or was never recorded).
CREATE TABLE analytics_rollup_daily (
    site_id       UUID          NOT NULL,
    dimension     VARCHAR(20)   NOT NULL,
    local_day     DATE          NOT NULL,
    dim_value     VARCHAR(1024) NOT NULL,
    pageviews     BIGINT        NOT NULL,
    visits        BIGINT        NOT NULL,
    visitors      BIGINT        NOT NULL,
    bounces       BIGINT        NOT NULL,
    engaged_ms    BIGINT        NOT NULL,
    actions       BIGINT        NOT NULL,
    PRIMARY KEY (site_id, dimension, local_day, dim_value)
);

CREATE TABLE analytics_rollup_zones (
    site_id    UUID         NOT NULL PRIMARY KEY,
    time_zone  VARCHAR(64)  NOT NULL
);
