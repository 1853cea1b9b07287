package io.custodian.collect.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * PostgreSQL's bulk path for a batch of events: {@code COPY events (...) FROM STDIN} in text format on the caller's
 * connection, in its transaction or as one of its own. It costs the database about half of what a multi-row INSERT
 * costs per row.
 */
final class EventCopy {

	static final String COPY = "COPY events (" + String.join(", ", EventRow.COLUMNS) + ") FROM STDIN";

	private EventCopy() {
	}

	/**
	 * One COPY as its own transaction: in autocommit mode, also when the pool hands out connections without it (the
	 * driver's COPY is invisible to the pool, which would neither commit nor roll it back).
	 */
	static long copyCommitted(Connection connection, List<EventRow> rows, Instant ingestedAt) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(true);
		try {
			return copy(connection, rows, ingestedAt);
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	static long copy(Connection connection, List<EventRow> rows, Instant ingestedAt) throws SQLException {
		var text = new CopyText(rows.size() * 512);
		var ingested = timestamp(ingestedAt).getBytes(StandardCharsets.US_ASCII);
		rows.forEach(row -> append(row, ingestedAt, ingested, text));
		var copy = new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(COPY);
		try {
			copy.writeToCopy(text.bytes(), 0, text.length());
			return copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	/**
	 * One line of COPY text: tab-separated values, {@code \N} for null; the batch's ingestion time is written as
	 * {@code ingested}, formatted once.
	 */
	static void append(EventRow row, Instant ingestedAt, byte[] ingested, CopyText out) {
		var values = row.values(ingestedAt);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.ascii('\t');
			}
			switch (values[i]) {
				case null -> out.nullValue();
				case String text -> out.escaped(text);
				case Instant instant when instant == ingestedAt -> out.ascii(ingested);
				case Instant instant -> timestamp(instant, out);
				case Boolean flag -> out.ascii(flag ? 't' : 'f');
				case Integer number -> out.decimal(number);
				default -> out.escaped(values[i].toString());
			}
		}
		out.ascii('\n');
	}

	static String timestamp(Instant instant) {
		var out = new CopyText(32);
		timestamp(instant, out);
		return out.toString();
	}

	/** {@code yyyy-MM-dd HH:mm:ss.ffffff+00}. */
	private static void timestamp(Instant instant, CopyText out) {
		var time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
		if (time.getYear() < 1000 || time.getYear() > 9999) {
			out.escaped(instant.toString());
			return;
		}
		out.digits(time.getYear(), 4).ascii('-').digits(time.getMonthValue(), 2).ascii('-')
			.digits(time.getDayOfMonth(), 2).ascii(' ').digits(time.getHour(), 2).ascii(':')
			.digits(time.getMinute(), 2).ascii(':').digits(time.getSecond(), 2).ascii('.')
			.digits(time.getNano() / 1000, 6).ascii('+').ascii('0').ascii('0');
	}
}
