package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filters;

/**
 * The SQL (H2 and PostgreSQL) that computes figures from raw events with the rollups' definitions, in one pass of
 * window functions (no joins): sessions keyed like {@link RollupJob} (session, else visitor, else pageview id),
 * session dimensions from the session's first pageview, a visit (and maybe a bounce) at that pageview under the entry
 * values and the exit page, engaged time (the largest reported per pageview) under the pageview, visitors once per
 * site-local day and value, bots left out. A figure passes the filters when each filtered dimension is one it is
 * counted under and has the filtered value.
 */
final class RawEventSql {

	private static final List<Dimension> SESSION = SessionState.DIMENSIONS;

	private static final String FIRST = "PARTITION BY sk ORDER BY CASE WHEN type = 'pageview' THEN 0 ELSE 1 END";

	private static final String SESSIONS = """
			WITH e AS (
			  SELECT seq, occurred_at AS ts, type, visitor_id, pageview_id, engaged_ms, %N(path) AS path,
			         %N(title) AS title, %N(action_name) AS act,%COLUMNS
			         COALESCE('s:' || session_id, 'v:' || visitor_id, 'p:' || pageview_id,
			                  'e:' || CAST(seq AS VARCHAR(20))) AS sk
			  FROM events
			  WHERE site_id = :site AND bot = FALSE AND occurred_at >= :scanFrom AND occurred_at < :scanTo
			    AND type IN ('pageview', 'engagement', 'action')
			), w AS (
			  SELECT seq, ts, type, visitor_id, pageview_id, engaged_ms, path, title, act, sk,
			         %ENTRY
			         ROW_NUMBER() OVER (%FIRST, ts, seq) AS n,
			         CASE WHEN type = 'pageview' AND pageview_id IS NOT NULL THEN
			           MAX(CASE WHEN type = 'engagement' THEN engaged_ms END) OVER (PARTITION BY pageview_id) END AS pv_ms
			  FROM e
			), s AS (
			  SELECT w.*,
			         SUM(CASE WHEN type = 'pageview' THEN 1 ELSE 0 END) OVER (PARTITION BY sk) AS s_pageviews,
			         SUM(CASE WHEN type = 'action' THEN 1 ELSE 0 END) OVER (PARTITION BY sk) AS s_actions,
			         SUM(CASE WHEN type = 'pageview' THEN COALESCE(pv_ms, 0)
			                  WHEN type = 'engagement' AND pageview_id IS NULL THEN COALESCE(engaged_ms, 0)
			                  ELSE 0 END) OVER (PARTITION BY sk) AS s_engaged
			  FROM w
			)""";

	private RawEventSql() {
	}

	/** How rows are grouped: one total, per value of a dimension, or per site-local day or hour. */
	enum Grouping {
		TOTAL, DIMENSION, DAY, HOUR
	}

	/** What an event row counts as; a session's first pageview counts as a pageview and as a visit. */
	private enum Kind {

		PAGEVIEW("type = 'pageview'", Set.of(Dimension.PAGE, Dimension.TITLE)),
		VISIT("type = 'pageview' AND n = 1", Set.of(Dimension.EXIT_PAGE)),
		ENGAGEMENT("type = 'engagement' AND pageview_id IS NULL", Set.of(Dimension.PAGE, Dimension.TITLE)),
		ACTION("type = 'action'", Set.of(Dimension.ACTION));

		final String condition;

		final Set<Dimension> own;

		Kind(String condition, Set<Dimension> own) {
			this.condition = condition;
			this.own = own;
		}

		boolean countsUnder(Dimension d) {
			return d.isSession() || own.contains(d);
		}
	}

	/**
	 * One query answering columns g (unless TOTAL), pageviews, visits, bounces, engaged_ms, actions and visitors;
	 * parameters site, scanFrom, scanTo, from, to, f0… (the filter values) and, for DIMENSION, limit.
	 */
	static String query(Grouping grouping, Dimension dimension, Filters filters, ZoneId zone, Instant scanFrom,
			Instant scanTo) {
		var day = LocalBuckets.of("ts", 86400, zone, scanFrom, scanTo);
		String group = switch (grouping) {
			case TOTAL -> null;
			case DIMENSION -> column(dimension);
			case DAY -> day;
			case HOUR -> LocalBuckets.of("ts", 3600, zone, scanFrom, scanTo);
		};
		var by = grouping == Grouping.DIMENSION ? dimension : null;
		var pageview = condition(Kind.PAGEVIEW, filters, by);
		var visit = condition(Kind.VISIT, filters, by);
		var action = condition(Kind.ACTION, filters, by);
		var sighting = "visitor_id IS NOT NULL AND ((" + pageview + ") OR (" + action + "))";
		var used = EnumSet.noneOf(Dimension.class);
		filters.all().forEach(f -> used.add(f.dimension()));
		if (by != null) {
			used.add(by);
		}
		var sql = new StringBuilder(SESSIONS.replace("%COLUMNS", columns(used))
			.replace("%ENTRY", entry(used))
			.replace("%FIRST", FIRST));
		String from;
		String visitors;
		if (grouping == Grouping.HOUR) {
			sql.append(", f AS (SELECT s.*, CASE WHEN ").append(sighting).append(" THEN 1 ELSE 0 END AS sighted")
				.append(" FROM s WHERE ts >= :from AND ts < :to), h AS (SELECT f.*, MIN(CASE WHEN sighted = 1 THEN ts END)")
				.append(" OVER (PARTITION BY visitor_id, ").append(day).append(") AS first_ts FROM f)\n");
			from = "h";
			visitors = "COUNT(DISTINCT CASE WHEN sighted = 1 AND ts = first_ts THEN visitor_id END)";
		}
		else {
			sql.append('\n');
			from = "s WHERE ts >= :from AND ts < :to";
			visitors = "COUNT(DISTINCT CASE WHEN " + sighting + " THEN visitor_id || '|' || CAST(" + day
					+ " AS VARCHAR(20)) END)";
		}
		sql.append("SELECT ").append(group == null ? "" : group + " AS g, ")
			.append("SUM(CASE WHEN ").append(pageview).append(" THEN 1 ELSE 0 END) AS pageviews,\n")
			.append("SUM(CASE WHEN ").append(visit).append(" THEN 1 ELSE 0 END) AS visits,\n")
			.append("SUM(CASE WHEN ").append(visit).append(" AND s_pageviews = 1 AND s_actions = 0 AND s_engaged < ")
			.append(RollupJob.BOUNCE_ENGAGED_MS).append(" THEN 1 ELSE 0 END) AS bounces,\n")
			.append("SUM(CASE WHEN ").append(pageview).append(" THEN COALESCE(pv_ms, 0) WHEN ")
			.append(condition(Kind.ENGAGEMENT, filters, by)).append(" THEN COALESCE(engaged_ms, 0) ELSE 0 END)")
			.append(" AS engaged_ms,\n")
			.append("SUM(CASE WHEN ").append(action).append(" THEN 1 ELSE 0 END) AS actions,\n")
			.append(visitors).append(" AS visitors\nFROM ").append(from);
		if (group != null) {
			sql.append(" GROUP BY ").append(group);
		}
		if (grouping == Grouping.DIMENSION) {
			sql.append("""

					HAVING SUM(CASE WHEN %s THEN 1 ELSE 0 END) <> 0 OR SUM(CASE WHEN %s THEN 1 ELSE 0 END) <> 0
					  OR SUM(CASE WHEN %s THEN 1 ELSE 0 END) <> 0 OR SUM(CASE WHEN %s THEN 1 ELSE 0 END) <> 0
					ORDER BY visitors DESC, visits DESC, pageviews DESC, actions DESC, g
					LIMIT :limit""".formatted(pageview, visit, action, sighting));
		}
		return sql.toString().replaceAll("%N\\(([a-z_]+)\\)",
				"CASE WHEN $1 IS NULL OR TRIM($1) = '' THEN '" + Dimension.NONE + "' ELSE $1 END");
	}

	/** When a row counts as {@code kind} for these filters (and under {@code by}, the breakdown's dimension). */
	private static String condition(Kind kind, Filters filters, Dimension by) {
		if (by != null && !kind.countsUnder(by)) {
			return "1 = 0";
		}
		var condition = new StringBuilder(kind.condition);
		for (int i = 0; i < filters.size(); i++) {
			var d = filters.all().get(i).dimension();
			if (!kind.countsUnder(d)) {
				return "1 = 0";
			}
			condition.append(" AND ").append(column(d)).append(" = :f").append(i);
		}
		return condition.toString();
	}

	/** The session dimensions' columns read from events: only those filtered or broken down by. */
	private static String columns(Set<Dimension> used) {
		var columns = new StringBuilder();
		for (var d : SESSION) {
			if (used.contains(d) && d != Dimension.ENTRY_PAGE) {
				var source = d == Dimension.CAMPAIGN ? "utm_campaign" : d.id();
				columns.append(" %N(").append(source).append(") AS ").append(d.id()).append(',');
			}
		}
		return columns.toString();
	}

	/** The session's entry values (and exit page) that are filtered or broken down by, on every row. */
	private static String entry(Set<Dimension> used) {
		var columns = new StringBuilder();
		for (var d : SESSION) {
			if (used.contains(d)) {
				var source = d == Dimension.ENTRY_PAGE ? "path" : column(d);
				columns.append("FIRST_VALUE(").append(source).append(") OVER (%FIRST, ts, seq) AS ").append(column(d))
					.append(",\n         ");
			}
		}
		if (used.contains(Dimension.EXIT_PAGE)) {
			columns.append("FIRST_VALUE(path) OVER (%FIRST, ts DESC, seq DESC) AS exit_page,\n         ");
		}
		return columns.toString();
	}

	/** The column holding a dimension's value on every event row. */
	private static String column(Dimension d) {
		return switch (d) {
			case PAGE -> "path";
			case ACTION -> "act";
			default -> d.id();
		};
	}
}
