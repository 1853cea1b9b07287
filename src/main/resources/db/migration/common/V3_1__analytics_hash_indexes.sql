-- The rollup job looks up working state by hash lists (IN (...)); single-column indexes let H2 seek per value
-- instead of testing the list against every row of the site.
CREATE INDEX analytics_sessions_hash ON analytics_sessions (session_hash);
CREATE INDEX analytics_pageviews_hash ON analytics_pageviews (pageview_hash);
