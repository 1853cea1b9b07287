package io.custodian.analytics.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import io.custodian.system.SqlDialect;

/** The statement that adds a row's six rollup counters to a rollup table, in each {@link SqlDialect}. */
final class RollupCounters {

	private RollupCounters() {
	}

	/**
	 * Adds the six rollup counters of a row to the row of {@code table} with the same site, dimension, bucket and
	 * value, or inserts it; parameters: site, dimension, bucket, value, then the counters.
	 */
	static String addCounters(SqlDialect dialect, String table, String bucket, String bucketType) {
		if (dialect == SqlDialect.H2) {
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
