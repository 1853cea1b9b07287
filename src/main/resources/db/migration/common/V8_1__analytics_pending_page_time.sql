-- The last pageview of a session whose time is not counted yet: when no engaged time is reported for it, its time is
-- the gap to the session's next pageview or action (as Matomo and Umami count it), added when that event arrives.
ALTER TABLE analytics_sessions ADD COLUMN pending_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE analytics_sessions ADD COLUMN pending_bucket TIMESTAMP WITH TIME ZONE;
ALTER TABLE analytics_sessions ADD COLUMN pending_path VARCHAR(1024);
ALTER TABLE analytics_sessions ADD COLUMN pending_title VARCHAR(1024);
ALTER TABLE analytics_sessions ADD COLUMN pending_pageview BIGINT;
ALTER TABLE analytics_sessions ADD COLUMN pending_reported BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE analytics_sessions ADD COLUMN reports_engagement BOOLEAN DEFAULT FALSE NOT NULL;
