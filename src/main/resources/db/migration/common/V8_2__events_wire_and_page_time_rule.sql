-- The wire format an event came in (umami, matomo, plausible; null for Custodian's own): it decides how the time of
-- a pageview without reported engaged time is counted (Umami: until the next event, Matomo: until the next pageview).
ALTER TABLE events ADD COLUMN wire VARCHAR(10);
ALTER TABLE analytics_sessions ADD COLUMN pending_rule VARCHAR(20);
ALTER TABLE analytics_sessions DROP COLUMN reports_engagement;
