package io.custodian.analytics.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import io.custodian.analytics.Dimension;
import io.custodian.collect.Site;
import io.custodian.collect.Sites;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the hourly rollups current: reads new events of the collect module's {@code events} table by {@code seq},
 * only those ingested more than {@link #SETTLE} ago (so rows still being committed are not skipped), aggregates them
 * in memory and applies the deltas, the session and pageview working state and the new watermark in one transaction
 * per chunk.
 * <p>
 * Sequence values are cached per connection, so a row may be committed with a seq below the watermark. Each run
 * therefore also reads rows with {@code seq} in the {@link #STRAGGLER_WINDOW} below the watermark that were ingested
 * since the previous run's cutoff; a row is processed exactly once as long as it commits within {@link #SETTLE} of its
 * {@code ingested_at} and its seq is no more than {@link #STRAGGLER_WINDOW} below the newest one.
 */
@Component
public class RollupJob {

	private static final Logger log = LoggerFactory.getLogger(RollupJob.class);

	static final Duration SETTLE = Duration.ofSeconds(2);

	static final long STRAGGLER_WINDOW = 50_000;

	static final int CHUNK = 5_000;

	/** A single-pageview session with less engaged time than this and no action is a bounce. */
	static final long BOUNCE_ENGAGED_MS = 10_000;

	/** Sessions and pageviews idle this long are forgotten; an event for them later starts a new one. */
	static final Duration STATE_TTL = Duration.ofDays(2);

	static final List<Dimension> SESSION_DIMENSIONS = Dimension.breakdowns().stream().filter(Dimension::isSession)
		.toList();

	private static final String SELECT_EVENTS = """
			SELECT seq, site_id, occurred_at, type, visitor_id, session_id, pageview_id, path, title, source, channel,
			       utm_campaign, browser, os, device, country, region, city, language, screen, engaged_ms, action_name
			FROM events
			WHERE bot = FALSE AND ingested_at < :cutoff AND seq > :cursor
			  AND (seq > :base OR (seq > :low AND ingested_at >= :prev))
			ORDER BY seq
			LIMIT :limit""";

	private static final String MERGE_ROLLUP = """
			MERGE INTO analytics_rollup r
			USING (VALUES (CAST(? AS UUID), CAST(? AS VARCHAR(20)), CAST(? AS TIMESTAMP WITH TIME ZONE),
			               CAST(? AS VARCHAR(1024)), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT),
			               CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT)))
			  AS s (site_id, dimension, bucket_start, dim_value, pageviews, visits, visitors, bounces, engaged_ms, actions)
			ON r.site_id = s.site_id AND r.dimension = s.dimension AND r.bucket_start = s.bucket_start
			   AND r.dim_value = s.dim_value
			WHEN MATCHED THEN UPDATE SET pageviews = r.pageviews + s.pageviews, visits = r.visits + s.visits,
			  visitors = r.visitors + s.visitors, bounces = r.bounces + s.bounces,
			  engaged_ms = r.engaged_ms + s.engaged_ms, actions = r.actions + s.actions
			WHEN NOT MATCHED THEN INSERT (site_id, dimension, bucket_start, dim_value, pageviews, visits, visitors, bounces,
			  engaged_ms, actions)
			  VALUES (s.site_id, s.dimension, s.bucket_start, s.dim_value, s.pageviews, s.visits, s.visitors, s.bounces,
			  s.engaged_ms, s.actions)""";

	private static final String MERGE_SEEN = """
			MERGE INTO analytics_seen t
			USING (VALUES (CAST(? AS UUID), CAST(? AS DATE), CAST(? AS BIGINT))) AS s (site_id, seen_day, key_hash)
			ON t.site_id = s.site_id AND t.seen_day = s.seen_day AND t.key_hash = s.key_hash
			WHEN NOT MATCHED THEN INSERT (site_id, seen_day, key_hash) VALUES (s.site_id, s.seen_day, s.key_hash)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transactions;

	private final Sites sites;

	private final ReentrantLock lock = new ReentrantLock();

	/** The working state is purged hourly, the first time an hour after start. */
	private volatile Instant lastPurge = Instant.now();

	RollupJob(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, Sites sites) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = transactions;
		this.sites = sites;
	}

	@Scheduled(fixedDelayString = "${custodian.analytics.rollup-delay:5s}",
			initialDelayString = "${custodian.analytics.rollup-initial-delay:10s}")
	@SchedulerLock(name = "analytics-rollup", lockAtMostFor = "PT15M")
	public void scheduled() {
		try {
			catchUp();
		}
		catch (RuntimeException e) {
			log.error("Analytics rollup failed; it will be retried", e);
		}
	}

	/** Processes every settled event not yet in the rollups; returns how many events were read. */
	public int catchUp() {
		return catchUpUntil(Instant.now().minus(SETTLE));
	}

	/**
	 * Processes events ingested before {@code cutoff}. Tests pass a cutoff in the future once the hits they sent have
	 * been acknowledged (the collector answers only after the commit).
	 */
	public int catchUpUntil(Instant cutoff) {
		lock.lock();
		try {
			var state = loadState();
			if (state.runCutoff == null) {
				state.runCutoff = cutoff.isAfter(state.prevCutoff) ? cutoff : state.prevCutoff;
				state.runBaseSeq = state.lastSeq;
				state.runCursor = state.lastSeq - STRAGGLER_WINDOW;
			}
			int total = 0;
			boolean done;
			do {
				var read = transactions.execute(status -> chunk(state));
				total += read;
				done = read < CHUNK;
			}
			while (!done);
			purgeNowAndThen();
			return total;
		}
		finally {
			lock.unlock();
		}
	}

	private int chunk(State state) {
		var events = jdbc.sql(SELECT_EVENTS)
			.param("cutoff", utc(state.runCutoff))
			.param("cursor", state.runCursor)
			.param("base", state.runBaseSeq)
			.param("low", state.runBaseSeq - STRAGGLER_WINDOW)
			.param("prev", utc(state.prevCutoff))
			.param("limit", CHUNK)
			.query(RollupJob::event)
			.list();
		if (!events.isEmpty()) {
			new Aggregation(events).run();
			var last = events.getLast().seq();
			state.runCursor = last;
			state.lastSeq = Math.max(state.lastSeq, last);
		}
		if (events.size() < CHUNK) {
			state.prevCutoff = state.runCutoff;
			state.runCutoff = null;
			state.runBaseSeq = null;
			state.runCursor = null;
		}
		saveState(state);
		return events.size();
	}

	private void purgeNowAndThen() {
		var now = Instant.now();
		if (Duration.between(lastPurge, now).compareTo(Duration.ofHours(1)) < 0) {
			return;
		}
		lastPurge = now;
		var stale = utc(now.minus(STATE_TTL));
		transactions.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM analytics_sessions WHERE last_seen < :t").param("t", stale).update();
			jdbc.sql("DELETE FROM analytics_pageviews WHERE last_seen < :t").param("t", stale).update();
			jdbc.sql("DELETE FROM analytics_seen WHERE seen_day < :d")
				.param("d", LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(3)).update();
		});
	}

	// ---------------------------------------------------------------------------------------------- aggregation

	private final class Aggregation {

		private final List<Event> events;

		private final Map<UUID, ZoneId> zones = new HashMap<>();

		private final Map<Key, Session> sessions = new HashMap<>();

		private final Map<Key, Session> originals = new HashMap<>();

		private final Map<Key, Pageview> pageviews = new HashMap<>();

		private final Set<Key> storedPageviews = new HashSet<>();

		private final Map<RollupKey, Counters> deltas = new LinkedHashMap<>();

		private final Map<Seen, RollupKey> sightings = new LinkedHashMap<>();

		Aggregation(List<Event> events) {
			this.events = new ArrayList<>(events);
			this.events.sort(Comparator.comparing(Event::at).thenComparingLong(Event::seq));
		}

		void run() {
			loadState();
			for (var event : events) {
				apply(event);
			}
			for (var entry : sessions.entrySet()) {
				contribute(originals.get(entry.getKey()), -1);
				contribute(entry.getValue(), 1);
			}
			countFirstSightings();
			saveSessions();
			savePageviews();
			saveDeltas();
		}

		private void apply(Event e) {
			var hour = e.at().truncatedTo(ChronoUnit.HOURS);
			var session = sessions.computeIfAbsent(new Key(e.site(), sessionHash(e)),
					k -> Session.start(k, e.at(), e.attributes()));
			if (e.at().isAfter(session.lastSeen)) {
				session.lastSeen = e.at();
			}
			switch (e.type()) {
				case "pageview" -> {
					if (session.pageviews == 0 || e.at().isBefore(session.startedAt)) {
						session.startedAt = e.at();
						session.attributes = e.attributes();
					}
					if (session.exitAt == null || !e.at().isBefore(session.exitAt)) {
						session.exitAt = e.at();
						session.exitPage = e.path();
					}
					session.pageviews++;
					if (e.pageview() != null) {
						pageviews.computeIfAbsent(new Key(e.site(), Hashes.of(e.site().toString(), "pv", e.pageview())),
								k -> new Pageview(hour, e.path(), e.title(), 0, e.at()));
					}
					for (var key : keys(e.site(), hour, session, Dimension.PAGE, e.path(), Dimension.TITLE, e.title())) {
						delta(key).pageviews++;
					}
					sighting(e, session, Dimension.PAGE, e.path(), Dimension.TITLE, e.title());
				}
				case "engagement" -> {
					long ms = e.engagedMs() == null ? 0 : e.engagedMs();
					var bucket = hour;
					var path = e.path();
					var title = e.title();
					long added = ms;
					if (e.pageview() != null) {
						var pageview = pageviews.computeIfAbsent(
								new Key(e.site(), Hashes.of(e.site().toString(), "pv", e.pageview())),
								k -> new Pageview(hour, e.path(), e.title(), 0, e.at()));
						added = Math.max(0, ms - pageview.engagedMs);
						pageview.engagedMs = Math.max(pageview.engagedMs, ms);
						pageview.lastSeen = e.at().isAfter(pageview.lastSeen) ? e.at() : pageview.lastSeen;
						bucket = pageview.bucket;
						path = pageview.path;
						title = pageview.title;
					}
					if (added > 0) {
						session.engagedMs += added;
						for (var key : keys(e.site(), bucket, session, Dimension.PAGE, path, Dimension.TITLE, title)) {
							delta(key).engagedMs += added;
						}
					}
				}
				case "action" -> {
					session.actions++;
					for (var key : keys(e.site(), hour, session, Dimension.ACTION, e.action(), null, null)) {
						delta(key).actions++;
					}
					sighting(e, session, Dimension.ACTION, e.action(), null, null);
				}
				default -> {
					// unknown types are ignored
				}
			}
		}

		/** The rollup rows an event counts in: total, the session's dimensions, and up to two event dimensions. */
		private List<RollupKey> keys(UUID site, Instant bucket, Session session, Dimension d1, String v1,
				Dimension d2, String v2) {
			var keys = new ArrayList<RollupKey>(SESSION_DIMENSIONS.size() + 3);
			keys.add(new RollupKey(site, Dimension.TOTAL, bucket, ""));
			for (var d : SESSION_DIMENSIONS) {
				keys.add(new RollupKey(site, d, bucket, session.attributes.get(d)));
			}
			keys.add(new RollupKey(site, d1, bucket, value(v1)));
			if (d2 != null) {
				keys.add(new RollupKey(site, d2, bucket, value(v2)));
			}
			return keys;
		}

		private void sighting(Event e, Session session, Dimension d1, String v1, Dimension d2, String v2) {
			if (e.visitor() == null) {
				return;
			}
			var day = LocalDate.ofInstant(e.at(), zone(e.site()));
			for (var key : keys(e.site(), e.at().truncatedTo(ChronoUnit.HOURS), session, d1, v1, d2, v2)) {
				var hash = Hashes.of(key.dimension().id(), key.value(), e.visitor());
				sightings.putIfAbsent(new Seen(e.site(), day, hash), key);
			}
		}

		/** A session counts one visit (and maybe one bounce) at its start hour under its entry values and exit page. */
		private void contribute(Session s, int sign) {
			if (s == null || s.pageviews == 0) {
				return;
			}
			var bucket = s.startedAt.truncatedTo(ChronoUnit.HOURS);
			int bounce = s.pageviews == 1 && s.actions == 0 && s.engagedMs < BOUNCE_ENGAGED_MS ? 1 : 0;
			var keys = new ArrayList<RollupKey>();
			keys.add(new RollupKey(s.key.site(), Dimension.TOTAL, bucket, ""));
			for (var d : SESSION_DIMENSIONS) {
				keys.add(new RollupKey(s.key.site(), d, bucket, s.attributes.get(d)));
			}
			keys.add(new RollupKey(s.key.site(), Dimension.EXIT_PAGE, bucket, value(s.exitPage)));
			for (var key : keys) {
				var c = delta(key);
				c.visits += sign;
				c.bounces += (long) sign * bounce;
			}
		}

		private Counters delta(RollupKey key) {
			return deltas.computeIfAbsent(key, k -> new Counters());
		}

		private ZoneId zone(UUID site) {
			return zones.computeIfAbsent(site, id -> sites.find(id).map(Site::timeZone).orElse(ZoneOffset.UTC));
		}

		private void loadState() {
			var sessionKeys = new HashMap<UUID, Set<Long>>();
			var pageviewKeys = new HashMap<UUID, Set<Long>>();
			for (var e : events) {
				sessionKeys.computeIfAbsent(e.site(), s -> new HashSet<>()).add(sessionHash(e));
				if (e.pageview() != null) {
					pageviewKeys.computeIfAbsent(e.site(), s -> new HashSet<>())
						.add(Hashes.of(e.site().toString(), "pv", e.pageview()));
				}
			}
			sessionKeys.forEach((site, hashes) -> {
				for (var part : partition(hashes)) {
					jdbc.sql("""
							SELECT site_id, session_hash, started_at, exit_at, last_seen, pageviews, actions, engaged_ms,
							       exit_page, attributes
							FROM analytics_sessions WHERE session_hash IN (:hashes)""")
						.param("hashes", part)
						.query((rs, n) -> site.equals(rs.getObject("site_id", UUID.class)) ? Session.read(site, rs) : null)
						.list().stream().filter(java.util.Objects::nonNull)
						.forEach(s -> {
							sessions.put(s.key, s);
							originals.put(s.key, s.copy());
						});
				}
			});
			pageviewKeys.forEach((site, hashes) -> {
				for (var part : partition(hashes)) {
					jdbc.sql("""
							SELECT site_id, pageview_hash, bucket_start, path, title, engaged_ms, last_seen
							FROM analytics_pageviews WHERE pageview_hash IN (:hashes)""")
						.param("hashes", part)
						.query((rs, n) -> {
							if (!site.equals(rs.getObject("site_id", UUID.class))) {
								return null;
							}
							var key = new Key(site, rs.getLong("pageview_hash"));
							pageviews.put(key, new Pageview(instant(rs, "bucket_start"), rs.getString("path"),
									rs.getString("title"), rs.getLong("engaged_ms"), instant(rs, "last_seen")));
							storedPageviews.add(key);
							return key;
						}).list();
				}
			});
		}

		private void countFirstSightings() {
			if (sightings.isEmpty()) {
				return;
			}
			var list = new ArrayList<>(sightings.entrySet());
			var counts = template.batchUpdate(MERGE_SEEN, list, list.size(), (ps, entry) -> {
				ps.setObject(1, entry.getKey().site());
				ps.setObject(2, entry.getKey().day());
				ps.setLong(3, entry.getKey().hash());
			});
			int i = 0;
			for (var batch : counts) {
				for (var count : batch) {
					if (count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO) {
						delta(list.get(i).getValue()).visitors++;
					}
					i++;
				}
			}
		}

		private void saveSessions() {
			var stored = sessions.values().stream().filter(s -> originals.containsKey(s.key)).toList();
			template.batchUpdate("DELETE FROM analytics_sessions WHERE site_id = ? AND session_hash = ?", stored,
					stored.size(), (ps, s) -> {
						ps.setObject(1, s.key.site());
						ps.setLong(2, s.key.hash());
					});
			var all = new ArrayList<>(sessions.values());
			template.batchUpdate("""
					INSERT INTO analytics_sessions (site_id, session_hash, started_at, exit_at, last_seen, pageviews,
					  actions, engaged_ms, exit_page, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", all,
					all.size(), (ps, s) -> {
						ps.setObject(1, s.key.site());
						ps.setLong(2, s.key.hash());
						ps.setObject(3, utc(s.startedAt));
						ps.setObject(4, s.exitAt == null ? null : utc(s.exitAt));
						ps.setObject(5, utc(s.lastSeen));
						ps.setInt(6, s.pageviews);
						ps.setInt(7, s.actions);
						ps.setLong(8, s.engagedMs);
						ps.setString(9, s.exitPage);
						ps.setString(10, Session.encode(s.attributes));
					});
		}

		private void savePageviews() {
			var stored = new ArrayList<>(storedPageviews);
			template.batchUpdate("DELETE FROM analytics_pageviews WHERE site_id = ? AND pageview_hash = ?", stored,
					stored.size(), (ps, k) -> {
						ps.setObject(1, k.site());
						ps.setLong(2, k.hash());
					});
			var all = new ArrayList<>(pageviews.entrySet());
			template.batchUpdate("""
					INSERT INTO analytics_pageviews (site_id, pageview_hash, bucket_start, path, title, engaged_ms,
					  last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)""", all, all.size(), (ps, entry) -> {
				var p = entry.getValue();
				ps.setObject(1, entry.getKey().site());
				ps.setLong(2, entry.getKey().hash());
				ps.setObject(3, utc(p.bucket));
				ps.setString(4, value(p.path));
				ps.setString(5, value(p.title));
				ps.setLong(6, p.engagedMs);
				ps.setObject(7, utc(p.lastSeen));
			});
		}

		private void saveDeltas() {
			var rows = deltas.entrySet().stream().filter(e -> !e.getValue().isZero()).toList();
			template.batchUpdate(MERGE_ROLLUP, rows, rows.size(), (ps, entry) -> bindDelta(ps, entry.getKey(),
					entry.getValue()));
		}
	}

	private static void bindDelta(PreparedStatement ps, RollupKey key, Counters c) throws SQLException {
		ps.setObject(1, key.site());
		ps.setString(2, key.dimension().id());
		ps.setObject(3, utc(key.bucket()));
		ps.setString(4, key.value());
		ps.setLong(5, c.pageviews);
		ps.setLong(6, c.visits);
		ps.setLong(7, c.visitors);
		ps.setLong(8, c.bounces);
		ps.setLong(9, c.engagedMs);
		ps.setLong(10, c.actions);
	}

	private static long sessionHash(Event e) {
		String key;
		if (e.session() != null) {
			key = "s:" + e.session();
		}
		else if (e.visitor() != null) {
			key = "v:" + e.visitor();
		}
		else if (e.pageview() != null) {
			key = "p:" + e.pageview();
		}
		else {
			key = "e:" + e.seq();
		}
		return Hashes.of(e.site().toString(), key);
	}

	private static <T> List<List<T>> partition(Set<T> values) {
		var parts = new ArrayList<List<T>>();
		var current = new ArrayList<T>();
		for (var value : values) {
			current.add(value);
			if (current.size() == 500) {
				parts.add(current);
				current = new ArrayList<>();
			}
		}
		if (!current.isEmpty()) {
			parts.add(current);
		}
		return parts;
	}

	static String value(String v) {
		if (v == null || v.isBlank()) {
			return Dimension.NONE;
		}
		return v.length() > 1024 ? v.substring(0, 1024) : v;
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Event event(ResultSet rs, int n) throws SQLException {
		var attributes = new EnumMap<Dimension, String>(Dimension.class);
		attributes.put(Dimension.ENTRY_PAGE, value(rs.getString("path")));
		attributes.put(Dimension.SOURCE, value(rs.getString("source")));
		attributes.put(Dimension.CHANNEL, value(rs.getString("channel")));
		attributes.put(Dimension.CAMPAIGN, value(rs.getString("utm_campaign")));
		attributes.put(Dimension.BROWSER, value(rs.getString("browser")));
		attributes.put(Dimension.OS, value(rs.getString("os")));
		attributes.put(Dimension.DEVICE, value(rs.getString("device")));
		attributes.put(Dimension.COUNTRY, value(rs.getString("country")));
		attributes.put(Dimension.REGION, value(rs.getString("region")));
		attributes.put(Dimension.CITY, value(rs.getString("city")));
		attributes.put(Dimension.LANGUAGE, value(rs.getString("language")));
		attributes.put(Dimension.SCREEN, value(rs.getString("screen")));
		var engaged = rs.getObject("engaged_ms");
		return new Event(rs.getLong("seq"), rs.getObject("site_id", UUID.class), instant(rs, "occurred_at"),
				rs.getString("type"), rs.getString("visitor_id"), rs.getString("session_id"),
				rs.getString("pageview_id"), value(rs.getString("path")), value(rs.getString("title")), attributes,
				engaged == null ? null : ((Number) engaged).longValue(), value(rs.getString("action_name")));
	}

	// ------------------------------------------------------------------------------------------------ watermark

	private State loadState() {
		return jdbc.sql("SELECT * FROM analytics_watermark WHERE id = 1").query((rs, n) -> {
			var s = new State();
			s.lastSeq = rs.getLong("last_seq");
			s.prevCutoff = instant(rs, "prev_cutoff");
			s.runCutoff = instant(rs, "run_cutoff");
			s.runBaseSeq = (Long) rs.getObject("run_base_seq", Long.class);
			s.runCursor = (Long) rs.getObject("run_cursor", Long.class);
			return s;
		}).single();
	}

	private void saveState(State s) {
		jdbc.sql("""
				UPDATE analytics_watermark SET last_seq = :last, prev_cutoff = :prev, run_cutoff = :cutoff,
				  run_base_seq = :base, run_cursor = :cursor WHERE id = 1""")
			.param("last", s.lastSeq)
			.param("prev", utc(s.prevCutoff))
			.param("cutoff", s.runCutoff == null ? null : utc(s.runCutoff), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("base", s.runBaseSeq, java.sql.Types.BIGINT)
			.param("cursor", s.runCursor, java.sql.Types.BIGINT)
			.update();
	}

	private static final class State {

		long lastSeq;

		Instant prevCutoff;

		Instant runCutoff;

		Long runBaseSeq;

		Long runCursor;
	}

	record Event(long seq, UUID site, Instant at, String type, String visitor, String session, String pageview,
			String path, String title, Map<Dimension, String> attributes, Long engagedMs, String action) {
	}

	record Key(UUID site, long hash) {
	}

	record RollupKey(UUID site, Dimension dimension, Instant bucket, String value) {
	}

	record Seen(UUID site, LocalDate day, long hash) {
	}

	private static final class Pageview {

		final Instant bucket;

		final String path;

		final String title;

		long engagedMs;

		Instant lastSeen;

		Pageview(Instant bucket, String path, String title, long engagedMs, Instant lastSeen) {
			this.bucket = bucket;
			this.path = path;
			this.title = title;
			this.engagedMs = engagedMs;
			this.lastSeen = lastSeen;
		}
	}

	private static final class Session {

		final Key key;

		Instant startedAt;

		Instant exitAt;

		Instant lastSeen;

		int pageviews;

		int actions;

		long engagedMs;

		String exitPage;

		Map<Dimension, String> attributes;

		private Session(Key key) {
			this.key = key;
		}

		static Session start(Key key, Instant at, Map<Dimension, String> attributes) {
			var s = new Session(key);
			s.startedAt = at;
			s.lastSeen = at;
			s.attributes = attributes;
			return s;
		}

		Session copy() {
			var s = new Session(key);
			s.startedAt = startedAt;
			s.exitAt = exitAt;
			s.lastSeen = lastSeen;
			s.pageviews = pageviews;
			s.actions = actions;
			s.engagedMs = engagedMs;
			s.exitPage = exitPage;
			s.attributes = attributes;
			return s;
		}

		static Session read(UUID site, ResultSet rs) throws SQLException {
			var s = new Session(new Key(site, rs.getLong("session_hash")));
			s.startedAt = instant(rs, "started_at");
			s.exitAt = instant(rs, "exit_at");
			s.lastSeen = instant(rs, "last_seen");
			s.pageviews = rs.getInt("pageviews");
			s.actions = rs.getInt("actions");
			s.engagedMs = rs.getLong("engaged_ms");
			s.exitPage = rs.getString("exit_page");
			s.attributes = decode(rs.getString("attributes"));
			return s;
		}

		static String encode(Map<Dimension, String> attributes) {
			var sb = new StringBuilder();
			for (var d : SESSION_DIMENSIONS) {
				if (!sb.isEmpty()) {
					sb.append('\u001f');
				}
				sb.append(attributes.getOrDefault(d, Dimension.NONE).replace('\u001f', ' '));
			}
			var text = sb.toString();
			return text.length() > 4000 ? text.substring(0, 4000) : text;
		}

		static Map<Dimension, String> decode(String text) {
			var parts = text.split("\u001f", -1);
			var map = new EnumMap<Dimension, String>(Dimension.class);
			for (int i = 0; i < SESSION_DIMENSIONS.size(); i++) {
				map.put(SESSION_DIMENSIONS.get(i), i < parts.length && !parts[i].isEmpty() ? parts[i] : Dimension.NONE);
			}
			return map;
		}
	}
}
