package io.custodian.collect.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/**
 * Writes a batch of events with a batched INSERT on the caller's connection and transaction (on PostgreSQL the event
 * writer uses {@link EventCopy}).
 */
final class EventInsert {

	static final String INSERT = "INSERT INTO events (" + String.join(", ", EventRow.COLUMNS) + ") VALUES ("
			+ String.join(", ", Collections.nCopies(EventRow.COLUMNS.size(), "?")) + ")";

	private static final int ENGAGED_MS = EventRow.COLUMNS.indexOf("engaged_ms");

	private static final int SCROLL_DEPTH = EventRow.COLUMNS.indexOf("scroll_depth");

	private EventInsert() {
	}

	static void store(Connection connection, List<EventRow> rows, Instant now) throws SQLException {
		try (var statement = connection.prepareStatement(INSERT)) {
			for (var row : rows) {
				bind(statement, row, now);
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	static void bind(PreparedStatement statement, EventRow row, Instant now) throws SQLException {
		var values = row.values(now);
		for (int i = 0; i < values.length; i++) {
			switch (values[i]) {
				case null -> statement.setNull(i + 1,
						i == ENGAGED_MS ? Types.INTEGER : i == SCROLL_DEPTH ? Types.SMALLINT : Types.VARCHAR);
				case String text -> statement.setString(i + 1, text);
				case Instant instant -> statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
				case Boolean flag -> statement.setBoolean(i + 1, flag);
				case Integer number -> statement.setInt(i + 1, number);
				default -> statement.setObject(i + 1, values[i]);
			}
		}
	}
}
