package io.custodian.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.custodian.analytics.Dimension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a site's events of a period (one range scan on site and time, in a read-only transaction so that
 * PostgreSQL fetches them in batches) and rebuilds its sessions keyed like {@link RollupJob}: session, else visitor,
 * else pageview id; bots left out. Only pageviews, actions and engaged time without a pageview are kept per session.
 */
@Component
class RawScan {

	private static final String SQL = """
			SELECT seq, occurred_at, type, visitor_id, session_id, pageview_id, engaged_ms, path, title, action_name,
			       source, channel, utm_campaign, browser, os, device, country, region, city, language, screen
			FROM events
			WHERE site_id = ? AND occurred_at >= ? AND occurred_at < ? AND bot = FALSE
			  AND type IN ('pageview', 'engagement', 'action')
			ORDER BY occurred_at""";

	/** The column of the session dimensions after the entry page, in {@link SessionState#DIMENSIONS} order. */
	private static final int FIRST_SESSION_COLUMN = 11;

	private static final List<Dimension> SESSION = SessionState.DIMENSIONS;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	RawScan(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(2_000);
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
	}

	/** The sessions of a site's events in [from, to), and the engaged time of each pageview id. */
	record Sessions(Collection<RawSession> all, Map<String, Long> pageviewMs) {
	}

	Sessions read(UUID site, Instant from, Instant to) {
		var sessions = new HashMap<String, RawSession>();
		var pageviewMs = new HashMap<String, Long>();
		transaction.executeWithoutResult(status -> jdbc.query(SQL, rs -> {
			read(rs, sessions, pageviewMs);
		}, site, RollupJob.utc(from), RollupJob.utc(to)));
		return new Sessions(sessions.values(), pageviewMs);
	}

	private static void read(ResultSet rs, Map<String, RawSession> sessions, Map<String, Long> pageviewMs)
			throws SQLException {
		long seq = rs.getLong("seq");
		var at = RollupJob.instant(rs, "occurred_at");
		var type = rs.getString("type");
		var visitor = rs.getString("visitor_id");
		var pageview = rs.getString("pageview_id");
		long ms = rs.getLong("engaged_ms");
		boolean hasMs = !rs.wasNull();
		var path = RollupJob.value(rs.getString("path"));
		var hit = switch (type) {
			case "pageview" -> new RawHit(at, seq, RawHit.Kind.PAGEVIEW, visitor, pageview, path,
					RollupJob.value(rs.getString("title")), null, 0);
			case "action" -> new RawHit(at, seq, RawHit.Kind.ACTION, visitor, pageview, path, null,
					RollupJob.value(rs.getString("action_name")), 0);
			default -> pageview == null ? new RawHit(at, seq, RawHit.Kind.ENGAGEMENT, visitor, null, path,
					RollupJob.value(rs.getString("title")), null, ms) : null;
		};
		if (type.equals("engagement") && pageview != null && hasMs) {
			pageviewMs.merge(pageview, ms, Math::max);
		}
		var session = sessions.computeIfAbsent(key(rs.getString("session_id"), visitor, pageview, seq),
				k -> new RawSession());
		boolean isPageview = type.equals("pageview");
		if (session.takesEntry(at, seq, isPageview)) {
			var values = new String[SESSION.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = i == 0 ? path : RollupJob.value(rs.getString(FIRST_SESSION_COLUMN + i - 1));
			}
			session.entry(at, seq, isPageview, values);
		}
		if (hit != null) {
			session.add(hit);
		}
	}

	private static String key(String session, String visitor, String pageview, long seq) {
		if (session != null) {
			return "s:" + session;
		}
		if (visitor != null) {
			return "v:" + visitor;
		}
		return pageview != null ? "p:" + pageview : "e:" + seq;
	}
}
