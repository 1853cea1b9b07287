package io.custodian.collect.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.custodian.collect.EventField;
import io.custodian.collect.EventLog.Carrier;
import io.custodian.collect.EventLog.ScannedEvent;
import io.custodian.system.SqlDialect;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a site's events of a period: a range scan on site and time, on PostgreSQL narrowed in the database to the
 * sessions that can carry a value; in a read-only transaction so that PostgreSQL fetches them in batches.
 */
@Component
class EventScan {

	private static final String SQL = """
			SELECT seq, occurred_at, type, visitor_id, session_id, pageview_id, engaged_ms, path, title, action_name,
			       source, channel, utm_campaign, browser, os, device, country, region, city, language, screen,
			       os_version, scroll_depth, props
			FROM events
			WHERE site_id = ? AND occurred_at >= ? AND occurred_at < ? AND bot = FALSE
			  AND type IN ('pageview', 'engagement', 'action')""";

	/**
	 * The identifiers of the events in the range that carry the value, read once: a session can carry it only if one
	 * of its events does, so the rest of the range is left in the database.
	 */
	private static final String CARRIERS = """
			WITH carriers AS MATERIALIZED (
			  SELECT session_id, visitor_id, pageview_id FROM events
			  WHERE site_id = ? AND occurred_at >= ? AND occurred_at < ? AND bot = FALSE AND %s = ?)
			""";

	/**
	 * Only the events of sessions (session, else visitor, else pageview id) that have a carrier, compared column by
	 * column; an event without any id is its own session.
	 */
	private static final String NARROWED = """
			  AND (session_id IN (SELECT session_id FROM carriers)
			       OR (session_id IS NULL AND visitor_id IN (SELECT visitor_id FROM carriers WHERE session_id IS NULL))
			       OR (session_id IS NULL AND visitor_id IS NULL AND pageview_id IN
			           (SELECT pageview_id FROM carriers WHERE session_id IS NULL AND visitor_id IS NULL))
			       OR (session_id IS NULL AND visitor_id IS NULL AND pageview_id IS NULL AND %s = ?))""";

	/** Where each text is in a row of {@link #SQL} (1-based), read by position, not by name. */
	private static final int[] TEXT_POSITIONS = positions(List.of("seq", "occurred_at", "type", "visitor_id",
			"session_id", "pageview_id", "engaged_ms", "path", "title", "action_name", "source", "channel",
			"utm_campaign", "browser", "os", "device", "country", "region", "city", "language", "screen", "os_version",
			"scroll_depth", "props"));

	private static final int SCROLL_DEPTH = 23;

	private static final int PROPS = 24;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	/** PostgreSQL joins the narrowing cheaply; H2 evaluates it slower than it reads the whole range. */
	private final boolean narrows;

	EventScan(DataSource dataSource, SqlDialect dialect, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(2_000);
		this.narrows = dialect == SqlDialect.POSTGRESQL;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
	}

	void read(UUID site, OffsetDateTime from, OffsetDateTime to, Carrier carrier, Consumer<ScannedEvent> reader) {
		var narrowing = narrows && carrier != null;
		var column = narrowing ? EventRow.FIELD_COLUMNS.get(carrier.field()) : null;
		var sql = narrowing ? CARRIERS.formatted(column) + SQL + NARROWED.formatted(column) : SQL;
		var arguments = narrowing
				? new Object[] { site, from, to, carrier.value(), site, from, to, carrier.value() }
				: new Object[] { site, from, to };
		transaction.executeWithoutResult(status -> {
			var row = new Row();
			jdbc.query(sql, rs -> {
				reader.accept(row.at(rs));
			}, arguments);
		});
	}

	private static int[] positions(List<String> columns) {
		var positions = new int[EventField.values().length];
		EventRow.FIELD_COLUMNS.forEach((field, column) -> positions[field.ordinal()] = columns.indexOf(column) + 1);
		return positions;
	}

	/**
	 * The row the result set is at, one object for the whole scan: ids and engaged time read when it moves on, texts
	 * when asked for.
	 */
	private static final class Row implements ScannedEvent {

		private ResultSet rs;

		private long seq;

		private Instant at;

		private String type;

		private String visitor;

		private String session;

		private String pageview;

		private long engagedMs;

		private boolean reportsEngagedMs;

		private int scrollDepth;

		Row at(ResultSet rs) throws SQLException {
			this.rs = rs;
			this.seq = rs.getLong(1);
			this.at = JdbcEventLog.instant(rs, 2);
			this.type = rs.getString(3);
			this.visitor = rs.getString(4);
			this.session = rs.getString(5);
			this.pageview = rs.getString(6);
			this.engagedMs = rs.getLong(7);
			this.reportsEngagedMs = !rs.wasNull();
			this.scrollDepth = rs.getInt(SCROLL_DEPTH);
			if (rs.wasNull()) {
				this.scrollDepth = -1;
			}
			return this;
		}

		@Override
		public long seq() {
			return seq;
		}

		@Override
		public Instant occurredAt() {
			return at;
		}

		@Override
		public String type() {
			return type;
		}

		@Override
		public String visitorId() {
			return visitor;
		}

		@Override
		public String sessionId() {
			return session;
		}

		@Override
		public String pageviewId() {
			return pageview;
		}

		@Override
		public long engagedMs() {
			return engagedMs;
		}

		@Override
		public boolean reportsEngagedMs() {
			return reportsEngagedMs;
		}

		@Override
		public int scrollDepth() {
			return scrollDepth;
		}

		@Override
		public String props() {
			return text(PROPS);
		}

		@Override
		public String text(EventField field) {
			return text(TEXT_POSITIONS[field.ordinal()]);
		}

		private String text(int position) {
			try {
				return rs.getString(position);
			}
			catch (SQLException e) {
				throw new UncategorizedSQLException("Reading a scanned event", SQL, e);
			}
		}
	}
}
