package io.custodian.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.analytics.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static io.custodian.analytics.internal.RollupJob.instant;
import static io.custodian.analytics.internal.RollupJob.utc;
import static io.custodian.analytics.internal.RollupJob.value;

/**
 * Reads the collect module's {@code events} for the rollup job in ingestion order, so a run reads only rows ingested
 * since the previous one.
 */
@Component
class EventSource {

	private static final List<String> COLUMN_NAMES = List.of("seq", "ingested_at", "site_id", "occurred_at", "type", "visitor_id",
			"session_id", "pageview_id", "path", "title", "source", "channel", "utm_campaign", "browser", "os", "device",
			"country", "region", "city", "language", "screen", "engaged_ms", "action_name");

	private static final String COLUMNS = String.join(", ", COLUMN_NAMES);

	private static final int SEQ = position("seq");

	private static final int INGESTED_AT = position("ingested_at");

	private static final int SITE = position("site_id");

	private static final int OCCURRED_AT = position("occurred_at");

	private static final int TYPE = position("type");

	private static final int VISITOR = position("visitor_id");

	private static final int SESSION = position("session_id");

	private static final int PAGEVIEW = position("pageview_id");

	private static final int ENGAGED_MS = position("engaged_ms");

	private static final int PATH = position("path");

	private static final int TITLE = position("title");

	private static final int ACTION_NAME = position("action_name");

	/** The session dimensions and the event columns that carry them. */
	static final Map<Dimension, String> ATTRIBUTE_COLUMNS = new EnumMap<>(Map.ofEntries(
			Map.entry(Dimension.ENTRY_PAGE, "path"), Map.entry(Dimension.SOURCE, "source"),
			Map.entry(Dimension.CHANNEL, "channel"), Map.entry(Dimension.CAMPAIGN, "utm_campaign"),
			Map.entry(Dimension.BROWSER, "browser"), Map.entry(Dimension.OS, "os"), Map.entry(Dimension.DEVICE, "device"),
			Map.entry(Dimension.COUNTRY, "country"), Map.entry(Dimension.REGION, "region"),
			Map.entry(Dimension.CITY, "city"), Map.entry(Dimension.LANGUAGE, "language"),
			Map.entry(Dimension.SCREEN, "screen")));

	/** Where each session dimension's column is in a row read here (1-based), read by position, not by name. */
	private static final Map<Dimension, Integer> ATTRIBUTE_POSITIONS = new EnumMap<>(Dimension.class);

	static {
		ATTRIBUTE_COLUMNS.forEach((d, column) -> ATTRIBUTE_POSITIONS.put(d, position(column)));
	}

	private final JdbcClient jdbc;

	EventSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Up to {@code limit} events after the watermark in ingestion order, ingested before {@code cutoff}: a range of the
	 * {@code (ingested_at, seq)} index from the watermark's time (both databases start the range only from a plain
	 * lower bound, not from an OR or a row comparison).
	 */
	List<RollupEvent> after(Watermark mark, Instant cutoff, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM events"
				+ " WHERE ingested_at >= :at AND (ingested_at > :at OR seq > :seq) AND ingested_at < :cutoff"
				+ " AND bot = FALSE ORDER BY ingested_at, seq LIMIT :limit")
			.param("at", utc(mark.ingestedAt()))
			.param("seq", mark.seq())
			.param("cutoff", utc(cutoff))
			.param("limit", limit)
			.query(EventSource::event)
			.list();
	}

	/** The events of these visitors that the rollups have counted: up to the watermark, bots left out. */
	List<RollupEvent> countedOf(Collection<String> visitors, Watermark mark) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE visitor_id IN (:visitors) AND bot = FALSE"
				+ " AND (ingested_at < :at OR (ingested_at = :at AND seq <= :seq))")
			.param("visitors", visitors)
			.param("at", utc(mark.ingestedAt()))
			.param("seq", mark.seq())
			.query(EventSource::event)
			.list();
	}

	private static RollupEvent event(ResultSet rs, int n) throws SQLException {
		var attributes = new EnumMap<Dimension, String>(Dimension.class);
		for (var column : ATTRIBUTE_POSITIONS.entrySet()) {
			attributes.put(column.getKey(), value(rs.getString(column.getValue())));
		}
		long seq = rs.getLong(SEQ);
		var site = rs.getObject(SITE, UUID.class);
		var visitor = rs.getString(VISITOR);
		var session = rs.getString(SESSION);
		var pageview = rs.getString(PAGEVIEW);
		var engaged = rs.getObject(ENGAGED_MS);
		return new RollupEvent(seq, instant(rs, INGESTED_AT), site, instant(rs, OCCURRED_AT), rs.getString(TYPE), visitor,
				new StateKey(site, Hashes.of(site.toString(), sessionKey(seq, visitor, session, pageview))),
				pageview == null ? null : new StateKey(site, Hashes.of(site.toString(), "pv", pageview)),
				value(rs.getString(PATH)), value(rs.getString(TITLE)), attributes,
				engaged == null ? null : ((Number) engaged).longValue(), value(rs.getString(ACTION_NAME)));
	}

	private static int position(String column) {
		return COLUMN_NAMES.indexOf(column) + 1;
	}

	private static String sessionKey(long seq, String visitor, String session, String pageview) {
		if (session != null) {
			return "s:" + session;
		}
		if (visitor != null) {
			return "v:" + visitor;
		}
		return pageview != null ? "p:" + pageview : "e:" + seq;
	}
}
