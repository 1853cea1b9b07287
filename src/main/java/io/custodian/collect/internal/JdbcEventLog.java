package io.custodian.collect.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.custodian.collect.EventField;
import io.custodian.collect.EventLog;
import io.custodian.collect.LoggedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The event log on the {@code events} table: ingestion order through the {@code (ingested_at, seq)} index. */
@Component
class JdbcEventLog implements EventLog {

	/** The columns of a {@link LoggedEvent}: position and ids, engaged time, then the texts in field order. */
	private static final String COLUMNS = String.join(", ", Stream.concat(Stream.of("seq", "ingested_at", "site_id",
			"occurred_at", "type", "visitor_id", "session_id", "pageview_id", "engaged_ms"),
			EventRow.FIELD_COLUMNS.values().stream()).toList());

	private static final int FIRST_TEXT = 10;

	private final JdbcClient jdbc;

	private final EventScan scan;

	JdbcEventLog(JdbcClient jdbc, EventScan scan) {
		this.jdbc = jdbc;
		this.scan = scan;
	}

	/**
	 * A range of the {@code (ingested_at, seq)} index from the position's time (both databases start the range only
	 * from a plain lower bound, not from an OR or a row comparison).
	 */
	@Override
	public List<LoggedEvent> after(Instant ingestedAt, long seq, Instant cutoff, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM events"
				+ " WHERE ingested_at >= :at AND (ingested_at > :at OR seq > :seq) AND ingested_at < :cutoff"
				+ " AND bot = FALSE ORDER BY ingested_at, seq LIMIT :limit")
			.param("at", utc(ingestedAt))
			.param("seq", seq)
			.param("cutoff", utc(cutoff))
			.param("limit", limit)
			.query(JdbcEventLog::event)
			.list();
	}

	@Override
	public List<LoggedEvent> ofVisitorsUpTo(Collection<String> visitorIds, Instant ingestedAt, long seq) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE visitor_id IN (:visitors) AND bot = FALSE"
				+ " AND (ingested_at < :at OR (ingested_at = :at AND seq <= :seq))")
			.param("visitors", visitorIds)
			.param("at", utc(ingestedAt))
			.param("seq", seq)
			.query(JdbcEventLog::event)
			.list();
	}

	@Override
	public void scan(UUID site, Instant from, Instant to, Carrier carrier, Consumer<ScannedEvent> reader) {
		scan.read(site, utc(from), utc(to), carrier, reader);
	}

	@Override
	public Map<String, ScrollDepths> scrollDepths(UUID site, Instant from, Instant to) {
		var depths = new HashMap<String, ScrollDepths>();
		jdbc.sql("""
				SELECT path, COUNT(*) AS sessions, SUM(deepest) AS depth_sum FROM (
				  SELECT path, MAX(scroll_depth) AS deepest FROM events
				  WHERE site_id = :site AND occurred_at >= :from AND occurred_at < :to AND bot = FALSE
				    AND type = 'engagement' AND scroll_depth IS NOT NULL
				  GROUP BY path, CASE WHEN session_id IS NOT NULL THEN 's:' || session_id
				    WHEN visitor_id IS NOT NULL THEN 'v:' || visitor_id
				    WHEN pageview_id IS NOT NULL THEN 'p:' || pageview_id ELSE 'e:' || CAST(seq AS VARCHAR(20)) END
				) deepest_per_session GROUP BY path""")
			.param("site", site).param("from", utc(from)).param("to", utc(to))
			.query(rs -> {
				depths.put(rs.getString("path"), new ScrollDepths(rs.getLong("sessions"), rs.getLong("depth_sum")));
			});
		return depths;
	}

	/** One range scan on site and time for the totals, one for the pages. */
	@Override
	public Activity activity(UUID site, Instant since, int pages) {
		var totals = jdbc.sql("""
				SELECT COUNT(DISTINCT visitor_id) AS visitors,
				       COALESCE(SUM(CASE WHEN type = 'pageview' THEN 1 ELSE 0 END), 0) AS pageviews
				FROM events WHERE site_id = :site AND occurred_at >= :since AND bot = FALSE""")
			.param("site", site).param("since", utc(since))
			.query((rs, n) -> new long[] { rs.getLong("visitors"), rs.getLong("pageviews") }).single();
		var top = jdbc.sql("""
				SELECT path, COUNT(DISTINCT visitor_id) AS visitors, COUNT(*) AS pageviews
				FROM events WHERE site_id = :site AND occurred_at >= :since AND bot = FALSE AND type = 'pageview'
				GROUP BY path ORDER BY COUNT(DISTINCT visitor_id) DESC, COUNT(*) DESC, path LIMIT :pages""")
			.param("site", site).param("since", utc(since)).param("pages", pages)
			.query((rs, n) -> new PageActivity(rs.getString("path"), rs.getLong("visitors"), rs.getLong("pageviews")))
			.list();
		return new Activity(totals[0], totals[1], top);
	}

	private static LoggedEvent event(ResultSet rs, int n) throws SQLException {
		var engaged = rs.getObject(9);
		var texts = new String[EventField.values().length];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = rs.getString(FIRST_TEXT + i);
		}
		return new LoggedEvent(rs.getLong(1), instant(rs, 2), rs.getObject(3, UUID.class), instant(rs, 4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
				engaged == null ? null : ((Number) engaged).longValue(), texts[0], texts[1], texts[2], texts[3],
				texts[4], texts[5], texts[6], texts[7], texts[8], texts[9], texts[10], texts[11], texts[12], texts[13], texts[14]);
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
