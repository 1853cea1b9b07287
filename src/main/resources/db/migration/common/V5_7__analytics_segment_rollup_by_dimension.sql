-- A filtered breakdown reads one dimension of a segment's archived days: the key leads with the dimension so that
-- the read is one index range per run of days, not every dimension's rows of those days.
CREATE TABLE analytics_segment_values (
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
    CONSTRAINT analytics_segment_values_key PRIMARY KEY (segment_id, dimension, local_day, dim_value)
);
INSERT INTO analytics_segment_values (segment_id, dimension, local_day, dim_value, pageviews, visits, visitors, bounces,
    engaged_ms, actions)
SELECT segment_id, dimension, local_day, dim_value, pageviews, visits, visitors, bounces, engaged_ms, actions
FROM analytics_segment_rollup;
DROP TABLE analytics_segment_rollup;
