package io.custodian.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.system.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a site's events of a period (a range scan on site and time, narrowed in the database to the sessions that
 * can pass a filter; in a read-only transaction so that PostgreSQL fetches them in batches) and rebuilds its sessions keyed like {@link RollupJob}: session, else visitor,
 * else pageview id; bots left out. Only pageviews, actions and engaged time without a pageview are kept per session.
 */
@Component
class RawScan {

	private static final String SQL = """
			SELECT seq, occurred_at, type, visitor_id, session_id, pageview_id, engaged_ms, path, title, action_name,
			       source, channel, utm_campaign, browser, os, device, country, region, city, language, screen
			FROM events
			WHERE site_id = ? AND occurred_at >= ? AND occurred_at < ? AND bot = FALSE
			  AND type IN ('pageview', 'engagement', 'action')""";

	/**
	 * The identifiers of the events in the range that carry the filtered value, read once: a session can pass a
	 * filter only if one of its events carries the value, so the rest of the range is left in the database.
	 */
	private static final String CARRIERS = """
			WITH carriers AS MATERIALIZED (
			  SELECT session_id, visitor_id, pageview_id FROM events
			  WHERE site_id = ? AND occurred_at >= ? AND occurred_at < ? AND bot = FALSE AND %s = ?)
			""";

	/**
	 * Only the events of sessions keyed like {@link #key} (session, else visitor, else pageview id) that have a
	 * carrier, compared column by column; an event without any id is its own session.
	 */
	private static final String NARROWED = """
			  AND (session_id IN (SELECT session_id FROM carriers)
			       OR (session_id IS NULL AND visitor_id IN (SELECT visitor_id FROM carriers WHERE session_id IS NULL))
			       OR (session_id IS NULL AND visitor_id IS NULL AND pageview_id IN
			           (SELECT pageview_id FROM carriers WHERE session_id IS NULL AND visitor_id IS NULL))
			       OR (session_id IS NULL AND visitor_id IS NULL AND pageview_id IS NULL AND %s = ?))""";

	/** The event column that holds each dimension's value. */
	private static final Map<Dimension, String> COLUMNS = columns();

	/** The column of the session dimensions after the entry page, in {@link SessionState#DIMENSIONS} order. */
	private static final int FIRST_SESSION_COLUMN = 11;

	private static final List<Dimension> SESSION = SessionState.DIMENSIONS;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	/** PostgreSQL joins the narrowing cheaply; H2 evaluates it slower than it reads the whole range. */
	private final boolean narrows;

	RawScan(DataSource dataSource, SqlDialect dialect, PlatformTransactionManager transactions) {
		this.narrows = dialect == SqlDialect.POSTGRESQL;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(2_000);
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
	}

	/** The sessions of a site's events in [from, to), and the engaged time of each pageview id. */
	record Sessions(Collection<RawSession> all, Map<String, Long> pageviewMs) {
	}

	/**
	 * The sessions of a site's events in [from, to) that can pass the filters: all sessions when there are none (or
	 * on H2), else those with an event carrying the first filter's value.
	 */
	Sessions read(UUID site, Instant from, Instant to, Filters filters) {
		var sessions = new HashMap<String, RawSession>();
		var pageviewMs = new HashMap<String, Long>();
		var start = RollupJob.utc(from);
		var end = RollupJob.utc(to);
		var narrowing = filters.all().stream().filter(f -> narrows && canNarrow(f)).findFirst();
		var sql = narrowing.map(f -> COLUMNS.get(f.dimension()))
			.map(column -> CARRIERS.formatted(column) + SQL + NARROWED.formatted(column))
			.orElse(SQL);
		var arguments = narrowing.map(f -> new Object[] { site, start, end, f.value(), site, start, end, f.value() })
			.orElse(new Object[] { site, start, end });
		transaction.executeWithoutResult(status -> jdbc.query(sql, rs -> {
			read(rs, sessions, pageviewMs);
		}, arguments));
		return new Sessions(sessions.values(), pageviewMs);
	}

	/** Stored values are compared as they are: not "(none)" (no value) and not values clipped when read. */
	private static boolean canNarrow(Filter filter) {
		return !filter.value().equals(Dimension.NONE) && !filter.value().isBlank() && filter.value().length() < 1024;
	}

	private static Map<Dimension, String> columns() {
		var columns = new EnumMap<Dimension, String>(EventSource.ATTRIBUTE_COLUMNS);
		columns.put(Dimension.PAGE, "path");
		columns.put(Dimension.EXIT_PAGE, "path");
		columns.put(Dimension.TITLE, "title");
		columns.put(Dimension.ACTION, "action_name");
		return columns;
	}

	/** Reads one row of {@link #SQL} by column position. */
	private static void read(ResultSet rs, Map<String, RawSession> sessions, Map<String, Long> pageviewMs)
			throws SQLException {
		long seq = rs.getLong(1);
		var at = RollupJob.instant(rs, 2);
		var type = rs.getString(3);
		var visitor = rs.getString(4);
		var pageview = rs.getString(6);
		long ms = rs.getLong(7);
		boolean hasMs = !rs.wasNull();
		var path = RollupJob.value(rs.getString(8));
		var hit = switch (type) {
			case "pageview" -> new RawHit(at, seq, RawHit.Kind.PAGEVIEW, visitor, pageview, path,
					RollupJob.value(rs.getString(9)), null, 0);
			case "action" -> new RawHit(at, seq, RawHit.Kind.ACTION, visitor, pageview, path, null,
					RollupJob.value(rs.getString(10)), 0);
			default -> pageview == null ? new RawHit(at, seq, RawHit.Kind.ENGAGEMENT, visitor, null, path,
					RollupJob.value(rs.getString(9)), null, ms) : null;
		};
		if (type.equals("engagement") && pageview != null && hasMs) {
			pageviewMs.merge(pageview, ms, Math::max);
		}
		var session = sessions.computeIfAbsent(key(rs.getString(5), visitor, pageview, seq),
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
