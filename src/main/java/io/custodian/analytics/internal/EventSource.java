package io.custodian.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.analytics.Dimension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static io.custodian.analytics.internal.RollupJob.instant;
import static io.custodian.analytics.internal.RollupJob.utc;
import static io.custodian.analytics.internal.RollupJob.value;

/**
 * Reads the collect module's {@code events} for a run: stragglers through the {@code (ingested_at, seq)} index, new
 * events through the {@code seq} index, so a run reads only rows ingested since the previous one.
 */
@Component
class EventSource {

	private static final String COLUMNS = """
			seq, site_id, occurred_at, type, visitor_id, session_id, pageview_id, path, title, source, channel,
			utm_campaign, browser, os, device, country, region, city, language, screen, engaged_ms, action_name""";

	/** The session dimensions and the event columns that carry them. */
	static final Map<Dimension, String> ATTRIBUTE_COLUMNS = new EnumMap<>(Map.ofEntries(
			Map.entry(Dimension.ENTRY_PAGE, "path"), Map.entry(Dimension.SOURCE, "source"),
			Map.entry(Dimension.CHANNEL, "channel"), Map.entry(Dimension.CAMPAIGN, "utm_campaign"),
			Map.entry(Dimension.BROWSER, "browser"), Map.entry(Dimension.OS, "os"), Map.entry(Dimension.DEVICE, "device"),
			Map.entry(Dimension.COUNTRY, "country"), Map.entry(Dimension.REGION, "region"),
			Map.entry(Dimension.CITY, "city"), Map.entry(Dimension.LANGUAGE, "language"),
			Map.entry(Dimension.SCREEN, "screen")));

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	EventSource(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Seqs at most the run's base, after its cursor, ingested between the previous cutoff and the run's, in order. */
	List<Long> stragglers(Watermark mark) {
		var run = mark.run();
		if (run.baseSeq() <= run.cursor()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT seq FROM events
				WHERE ingested_at >= :prev AND ingested_at < :cutoff AND seq > :cursor AND seq <= :base""")
			.param("prev", utc(mark.prevCutoff()))
			.param("cutoff", utc(run.cutoff()))
			.param("cursor", run.cursor())
			.param("base", run.baseSeq())
			.query(Long.class)
			.list()
			.stream()
			.sorted()
			.toList();
	}

	List<RollupEvent> bySeq(List<Long> seqs) {
		var events = new ArrayList<RollupEvent>(template.query(con -> {
			var statement = con.prepareStatement("SELECT " + COLUMNS + " FROM events WHERE seq = ANY(?) AND bot = FALSE");
			statement.setArray(1, con.createArrayOf("BIGINT", seqs.toArray()));
			return statement;
		}, EventSource::event));
		events.sort(Comparator.comparingLong(RollupEvent::seq));
		return events;
	}

	/** Up to {@code limit} events with a seq above {@code after}, ingested before the run's cutoff, in seq order. */
	List<RollupEvent> after(long after, Watermark.Run run, int limit) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM events WHERE seq > :after AND ingested_at < :cutoff AND bot = FALSE ORDER BY seq LIMIT :limit")
			.param("after", after)
			.param("cutoff", utc(run.cutoff()))
			.param("limit", limit)
			.query(EventSource::event)
			.list();
	}

	private static RollupEvent event(ResultSet rs, int n) throws SQLException {
		var attributes = new EnumMap<Dimension, String>(Dimension.class);
		for (var column : ATTRIBUTE_COLUMNS.entrySet()) {
			attributes.put(column.getKey(), value(rs.getString(column.getValue())));
		}
		long seq = rs.getLong("seq");
		var site = rs.getObject("site_id", UUID.class);
		var visitor = rs.getString("visitor_id");
		var session = rs.getString("session_id");
		var pageview = rs.getString("pageview_id");
		var engaged = rs.getObject("engaged_ms");
		return new RollupEvent(seq, site, instant(rs, "occurred_at"), rs.getString("type"), visitor,
				new StateKey(site, Hashes.of(site.toString(), sessionKey(seq, visitor, session, pageview))),
				pageview == null ? null : new StateKey(site, Hashes.of(site.toString(), "pv", pageview)),
				value(rs.getString("path")), value(rs.getString("title")), attributes,
				engaged == null ? null : ((Number) engaged).longValue(), value(rs.getString("action_name")));
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
