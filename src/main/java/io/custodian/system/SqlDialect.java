package io.custodian.system;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The database this installation runs on, told once at startup; where H2 and PostgreSQL need different SQL. */
public enum SqlDialect {

	H2, POSTGRESQL;

	/** The dialect of a database product name as JDBC metadata reports it. */
	public static SqlDialect ofProductName(String productName) {
		return productName.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
	}

	/** Inserts a row, or replaces the non-key columns of the row with the same key. */
	public String upsert(String table, List<String> keys, List<String> columns) {
		var all = String.join(", ", keys) + ", " + String.join(", ", columns);
		var values = String.join(", ", Collections.nCopies(keys.size() + columns.size(), "?"));
		if (this == H2) {
			return "MERGE INTO %s (%s) KEY (%s) VALUES (%s)".formatted(table, all, String.join(", ", keys), values);
		}
		return "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) DO UPDATE SET %s".formatted(table, all, values,
				String.join(", ", keys), columns.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", ")));
	}
}
