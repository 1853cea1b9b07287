-- The rollup job now looks up working state by site and hash (the primary keys); the hash-only indexes of V3_1 only
-- cost a B-tree update per session and pageview written.
DROP INDEX IF EXISTS analytics_sessions_hash;
DROP INDEX IF EXISTS analytics_pageviews_hash;
