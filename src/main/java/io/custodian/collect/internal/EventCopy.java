package io.custodian.collect.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * connection and transaction. It costs the database about half of what a multi-row INSERT costs per row.
 */
final class EventCopy {

	static final String COPY = "COPY events (" + String.join(", ", EventRow.COLUMNS) + ") FROM STDIN";

	private EventCopy() {
	}

	/** Whether the connection is PostgreSQL's, which can COPY. */
	static boolean supports(Connection connection) throws SQLException {
		return connection.isWrapperFor(BaseConnection.class);
	}

	static long copy(Connection connection, List<EventRow> rows, Instant ingestedAt) throws SQLException {
		var text = new StringBuilder(rows.size() * 1024);
		var ingested = timestamp(ingestedAt);
		rows.forEach(row -> append(row, ingestedAt, ingested, text));
		try {
			return new CopyManager(connection.unwrap(BaseConnection.class))
				.copyIn(COPY, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * One line of COPY text: tab-separated values, {@code \N} for null, backslash escapes, NUL left out; the batch's
	 * ingestion time is written as {@code ingested}, formatted once.
	 */
	static void append(EventRow row, Instant ingestedAt, CharSequence ingested, StringBuilder out) {
		var values = row.values(ingestedAt);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			switch (values[i]) {
				case null -> out.append("\\N");
				case String text -> escape(text, out);
				case Instant instant when instant == ingestedAt -> out.append(ingested);
				case Instant instant -> timestamp(instant, out);
				case Boolean flag -> out.append(flag ? 't' : 'f');
				default -> out.append(values[i]);
			}
		}
		out.append('\n');
	}

	private static boolean needsEscape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
				return true;
			}
		}
		return false;
	}

	static String timestamp(Instant instant) {
		var out = new StringBuilder(32);
		timestamp(instant, out);
		return out.toString();
	}

	/** {@code yyyy-MM-dd HH:mm:ss.ffffff+00}. */
	private static void timestamp(Instant instant, StringBuilder out) {
		var time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
		if (time.getYear() < 1000 || time.getYear() > 9999) {
			out.append(instant);
			return;
		}
		digits(time.getYear(), 4, out).append('-');
		digits(time.getMonthValue(), 2, out).append('-');
		digits(time.getDayOfMonth(), 2, out).append(' ');
		digits(time.getHour(), 2, out).append(':');
		digits(time.getMinute(), 2, out).append(':');
		digits(time.getSecond(), 2, out).append('.');
		digits(time.getNano() / 1000, 6, out).append("+00");
	}

	/** The last {@code width} decimal digits of a non-negative value, zero-padded. */
	private static StringBuilder digits(int value, int width, StringBuilder out) {
		int start = out.length();
		out.setLength(start + width);
		for (int i = start + width - 1; i >= start; i--) {
			out.setCharAt(i, (char) ('0' + value % 10));
			value /= 10;
		}
		return out;
	}

	private static void escape(String text, StringBuilder out) {
		if (!needsEscape(text)) {
			out.append(text);
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\0' -> {
				}
				default -> out.append(c);
			}
		}
	}
}
