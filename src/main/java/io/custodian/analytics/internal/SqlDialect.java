package io.custodian.analytics.internal;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/** Where H2 and PostgreSQL need different SQL for the rollup job's upserts. */
enum SqlDialect {

	H2, POSTGRESQL;

	static SqlDialect of(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? POSTGRESQL : H2;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell the database product", e);
		}
	}

	/** Inserts a row, or replaces the non-key columns of the row with the same key. */
	String upsert(String table, List<String> keys, List<String> columns) {
		var all = String.join(", ", keys) + ", " + String.join(", ", columns);
		var values = String.join(", ", Collections.nCopies(keys.size() + columns.size(), "?"));
		if (this == H2) {
			return "MERGE INTO %s (%s) KEY (%s) VALUES (%s)".formatted(table, all, String.join(", ", keys), values);
		}
		return "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) DO UPDATE SET %s".formatted(table, all, values,
				String.join(", ", keys), columns.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", ")));
	}
}
