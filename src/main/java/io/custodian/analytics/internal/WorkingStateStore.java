package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.custodian.system.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import static io.custodian.analytics.internal.RollupJob.instant;
import static io.custodian.analytics.internal.RollupJob.utc;

/** Loads and stores the sessions and pageviews ({@code analytics_sessions}, {@code analytics_pageviews}) of a chunk. */
@Component
class WorkingStateStore {

	private static final Comparator<StateKey> IN_KEY_ORDER = Comparator.comparing(StateKey::site)
		.thenComparingLong(StateKey::hash);

	private final JdbcTemplate jdbc;

	private final String upsertSession;

	private final String upsertPageview;

	WorkingStateStore(JdbcTemplate jdbc, SqlDialect dialect) {
		this.jdbc = jdbc;
		this.upsertSession = dialect.upsert("analytics_sessions", List.of("site_id", "session_hash"), List.of(
				"started_at", "exit_at", "last_seen", "pageviews", "actions", "engaged_ms", "exit_page", "attributes",
				"pending_at", "pending_bucket", "pending_path", "pending_title", "pending_pageview", "pending_reported",
				"reports_engagement"));
		this.upsertPageview = dialect.upsert("analytics_pageviews", List.of("site_id", "pageview_hash"),
				List.of("bucket_start", "path", "title", "engaged_ms", "last_seen"));
	}

	WorkingState load(List<RollupEvent> events) {
		var sessions = new HashMap<StateKey, SessionState>();
		var pageviews = new HashMap<StateKey, PageviewState>();
		for (var entry : bySite(events, RollupEvent::sessionKey).entrySet()) {
			var site = entry.getKey();
			for (var s : select("""
					SELECT session_hash, started_at, exit_at, last_seen, pageviews, actions, engaged_ms, exit_page,
					       attributes, pending_at, pending_bucket, pending_path, pending_title, pending_pageview,
					       pending_reported, reports_engagement
					FROM UNNEST(?) AS u (h) JOIN analytics_sessions s ON s.session_hash = u.h AND s.site_id = ?""",
					site, entry.getValue(),
					(rs, n) -> {
						var s = new SessionState(new StateKey(site, rs.getLong("session_hash")),
								instant(rs, "started_at"), instant(rs, "last_seen"),
								SessionState.decode(rs.getString("attributes")));
						s.exitAt = instant(rs, "exit_at");
						s.pageviews = rs.getInt("pageviews");
						s.actions = rs.getInt("actions");
						s.engagedMs = rs.getLong("engaged_ms");
						s.exitPage = rs.getString("exit_page");
						s.pending = pending(rs);
						s.reportsEngagement = rs.getBoolean("reports_engagement");
						return s;
					})) {
				sessions.put(s.key, s);
			}
		}
		for (var entry : bySite(events, RollupEvent::pageviewKey).entrySet()) {
			var site = entry.getKey();
			select("""
					SELECT pageview_hash, bucket_start, path, title, engaged_ms, last_seen
					FROM UNNEST(?) AS u (h) JOIN analytics_pageviews p ON p.pageview_hash = u.h AND p.site_id = ?""",
					site, entry.getValue(),
					(rs, n) -> pageviews.put(new StateKey(site, rs.getLong("pageview_hash")),
							new PageviewState(instant(rs, "bucket_start"), rs.getString("path"), rs.getString("title"),
									rs.getLong("engaged_ms"), instant(rs, "last_seen"))));
		}
		return new WorkingState(sessions, pageviews);
	}

	private static SessionState.PendingPageview pending(java.sql.ResultSet rs) throws java.sql.SQLException {
		var at = instant(rs, "pending_at");
		if (at == null) {
			return null;
		}
		var pageview = rs.getLong("pending_pageview");
		return new SessionState.PendingPageview(at, instant(rs, "pending_bucket"), rs.getString("pending_path"),
				rs.getString("pending_title"), rs.wasNull() ? null : pageview, rs.getBoolean("pending_reported"));
	}

	/** Forgets the sessions and pageviews these events belong to. */
	void forget(Collection<RollupEvent> events) {
		var sessions = events.stream().map(RollupEvent::sessionKey).distinct().toList();
		var pageviews = events.stream().map(RollupEvent::pageviewKey).filter(java.util.Objects::nonNull).distinct()
			.toList();
		jdbc.batchUpdate("DELETE FROM analytics_sessions WHERE site_id = ? AND session_hash = ?", sessions, 1000,
				(ps, key) -> {
					ps.setObject(1, key.site());
					ps.setLong(2, key.hash());
				});
		jdbc.batchUpdate("DELETE FROM analytics_pageviews WHERE site_id = ? AND pageview_hash = ?", pageviews, 1000,
				(ps, key) -> {
					ps.setObject(1, key.site());
					ps.setLong(2, key.hash());
				});
	}

	/** Upserts in primary key order, so that each B-tree page is touched once. */
	void save(Collection<SessionState> sessions, Map<StateKey, PageviewState> pageviews) {
		var sortedSessions = sessions.stream().sorted(Comparator.comparing(s -> s.key, IN_KEY_ORDER)).toList();
		var sortedPageviews = pageviews.entrySet().stream().sorted(Map.Entry.comparingByKey(IN_KEY_ORDER)).toList();
		jdbc.batchUpdate(upsertSession, sortedSessions, 1000, (ps, s) -> {
			ps.setObject(1, s.key.site());
			ps.setLong(2, s.key.hash());
			ps.setObject(3, utc(s.startedAt));
			ps.setObject(4, s.exitAt == null ? null : utc(s.exitAt));
			ps.setObject(5, utc(s.lastSeen));
			ps.setInt(6, s.pageviews);
			ps.setInt(7, s.actions);
			ps.setLong(8, s.engagedMs);
			ps.setString(9, s.exitPage);
			ps.setString(10, s.encodedAttributes());
			var p = s.pending;
			ps.setObject(11, p == null ? null : utc(p.at()));
			ps.setObject(12, p == null ? null : utc(p.bucket()));
			ps.setString(13, p == null ? null : RollupJob.value(p.path()));
			ps.setString(14, p == null ? null : RollupJob.value(p.title()));
			ps.setObject(15, p == null ? null : p.pageview(), java.sql.Types.BIGINT);
			ps.setBoolean(16, p != null && p.reported());
			ps.setBoolean(17, s.reportsEngagement);
		});
		jdbc.batchUpdate(upsertPageview, sortedPageviews, 1000, (ps, entry) -> {
			var p = entry.getValue();
			ps.setObject(1, entry.getKey().site());
			ps.setLong(2, entry.getKey().hash());
			ps.setObject(3, utc(p.bucket));
			ps.setString(4, RollupJob.value(p.path));
			ps.setString(5, RollupJob.value(p.title));
			ps.setLong(6, p.engagedMs);
			ps.setObject(7, utc(p.lastSeen));
		});
	}

	/** Forgets sessions and pageviews idle for {@code ttl} and sightings of days before the day before yesterday. */
	void purge(Instant now, Duration ttl) {
		var stale = utc(now.minus(ttl));
		jdbc.update("DELETE FROM analytics_sessions WHERE last_seen < ?", stale);
		jdbc.update("DELETE FROM analytics_pageviews WHERE last_seen < ?", stale);
		jdbc.update("DELETE FROM analytics_seen WHERE seen_day < ?", LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(3));
	}

	private <T> List<T> select(String sql, UUID site, Set<Long> hashes, RowMapper<T> mapper) {
		var all = new ArrayList<>(hashes);
		var rows = new ArrayList<T>();
		for (int from = 0; from < all.size(); from += RollupWriter.MAX_ARRAY) {
			var slice = all.subList(from, Math.min(from + RollupWriter.MAX_ARRAY, all.size()));
			rows.addAll(jdbc.query(con -> {
				var statement = con.prepareStatement(sql);
				statement.setArray(1, con.createArrayOf("bigint", slice.toArray()));
				statement.setObject(2, site);
				return statement;
			}, mapper));
		}
		return rows;
	}

	private static Map<UUID, Set<Long>> bySite(List<RollupEvent> events, Function<RollupEvent, StateKey> key) {
		var bySite = new HashMap<UUID, Set<Long>>();
		for (var e : events) {
			var k = key.apply(e);
			if (k != null) {
				bySite.computeIfAbsent(k.site(), s -> new HashSet<>()).add(k.hash());
			}
		}
		return bySite;
	}
}
