package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.custodian.analytics.Analytics.Live;
import io.custodian.analytics.Analytics.LivePage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Visitors, pageviews and top pages of the last half hour, read from raw events (one range scan on site and time). */
@Component
class LiveActivity {

	static final Duration LIVE_WINDOW = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	LiveActivity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Live live(UUID siteId) {
		var since = Instant.now().minus(LIVE_WINDOW);
		var totals = jdbc.sql("""
				SELECT COUNT(DISTINCT visitor_id) AS visitors,
				       COALESCE(SUM(CASE WHEN type = 'pageview' THEN 1 ELSE 0 END), 0) AS pageviews
				FROM events WHERE site_id = :site AND occurred_at >= :since AND bot = FALSE""")
			.param("site", siteId).param("since", RollupJob.utc(since))
			.query((rs, n) -> new long[] { rs.getLong("visitors"), rs.getLong("pageviews") }).single();
		var pages = jdbc.sql("""
				SELECT path, COUNT(DISTINCT visitor_id) AS visitors, COUNT(*) AS pageviews
				FROM events WHERE site_id = :site AND occurred_at >= :since AND bot = FALSE AND type = 'pageview'
				GROUP BY path ORDER BY COUNT(DISTINCT visitor_id) DESC, COUNT(*) DESC, path LIMIT 10""")
			.param("site", siteId).param("since", RollupJob.utc(since))
			.query((rs, n) -> new LivePage(rs.getString("path"), rs.getLong("visitors"), rs.getLong("pageviews")))
			.list();
		return new Live(siteId, since, totals[0], totals[1], pages);
	}
}
