package io.custodian.analytics.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
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

	/**
	 * Adds the six rollup counters of a row to the row of {@code table} with the same site, dimension, bucket and
	 * value, or inserts it; parameters: site, dimension, bucket, value, then the counters.
	 */
	String addCounters(String table, String bucket, String bucketType) {
		if (this == H2) {
			return """
					MERGE INTO %1$s r
					USING (VALUES (CAST(? AS UUID), CAST(? AS VARCHAR(20)), CAST(? AS %3$s), CAST(? AS VARCHAR(1024)),
					               CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT),
					               CAST(? AS BIGINT), CAST(? AS BIGINT)))
					  AS s (site_id, dimension, %2$s, dim_value, pageviews, visits, visitors, bounces, engaged_ms, actions)
					ON r.site_id = s.site_id AND r.dimension = s.dimension AND r.%2$s = s.%2$s AND r.dim_value = s.dim_value
					WHEN MATCHED THEN UPDATE SET pageviews = r.pageviews + s.pageviews, visits = r.visits + s.visits,
					  visitors = r.visitors + s.visitors, bounces = r.bounces + s.bounces,
					  engaged_ms = r.engaged_ms + s.engaged_ms, actions = r.actions + s.actions
					WHEN NOT MATCHED THEN INSERT (site_id, dimension, %2$s, dim_value, pageviews, visits, visitors, bounces,
					  engaged_ms, actions)
					  VALUES (s.site_id, s.dimension, s.%2$s, s.dim_value, s.pageviews, s.visits, s.visitors, s.bounces,
					  s.engaged_ms, s.actions)""".formatted(table, bucket, bucketType);
		}
		return """
				INSERT INTO %1$s AS r (site_id, dimension, %2$s, dim_value, pageviews, visits, visitors, bounces,
				  engaged_ms, actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (site_id, dimension, %2$s, dim_value) DO UPDATE SET
				  pageviews = r.pageviews + EXCLUDED.pageviews, visits = r.visits + EXCLUDED.visits,
				  visitors = r.visitors + EXCLUDED.visitors, bounces = r.bounces + EXCLUDED.bounces,
				  engaged_ms = r.engaged_ms + EXCLUDED.engaged_ms, actions = r.actions + EXCLUDED.actions""".formatted(table,
				bucket);
	}

	/** Binds a rollup row for {@link #addCounters}: site, dimension, bucket, value, then the counters. */
	static void bindCounters(PreparedStatement ps, UUID site, String dimension, Object bucket,
			String value, Counters c) throws SQLException {
		ps.setObject(1, site);
		ps.setString(2, dimension);
		ps.setObject(3, bucket);
		ps.setString(4, value);
		ps.setLong(5, c.pageviews);
		ps.setLong(6, c.visits);
		ps.setLong(7, c.visitors);
		ps.setLong(8, c.bounces);
		ps.setLong(9, c.engagedMs);
		ps.setLong(10, c.actions);
	}
}
