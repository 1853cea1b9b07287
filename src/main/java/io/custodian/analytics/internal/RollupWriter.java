package io.custodian.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static io.custodian.analytics.internal.RollupJob.utc;

/** Adds deltas to {@code analytics_rollup} and records visitor sightings in {@code analytics_seen}. */
@Component
class RollupWriter {

	private static final String H2_ADD = """
			MERGE INTO analytics_rollup r
			USING (VALUES (CAST(? AS UUID), CAST(? AS VARCHAR(20)), CAST(? AS TIMESTAMP WITH TIME ZONE),
			               CAST(? AS VARCHAR(1024)), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT),
			               CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT)))
			  AS s (site_id, dimension, bucket_start, dim_value, pageviews, visits, visitors, bounces, engaged_ms, actions)
			ON r.site_id = s.site_id AND r.dimension = s.dimension AND r.bucket_start = s.bucket_start
			   AND r.dim_value = s.dim_value
			WHEN MATCHED THEN UPDATE SET pageviews = r.pageviews + s.pageviews, visits = r.visits + s.visits,
			  visitors = r.visitors + s.visitors, bounces = r.bounces + s.bounces,
			  engaged_ms = r.engaged_ms + s.engaged_ms, actions = r.actions + s.actions
			WHEN NOT MATCHED THEN INSERT (site_id, dimension, bucket_start, dim_value, pageviews, visits, visitors, bounces,
			  engaged_ms, actions)
			  VALUES (s.site_id, s.dimension, s.bucket_start, s.dim_value, s.pageviews, s.visits, s.visitors, s.bounces,
			  s.engaged_ms, s.actions)""";

	private static final String POSTGRESQL_ADD = """
			INSERT INTO analytics_rollup AS r (site_id, dimension, bucket_start, dim_value, pageviews, visits, visitors,
			  bounces, engaged_ms, actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (site_id, dimension, bucket_start, dim_value) DO UPDATE SET
			  pageviews = r.pageviews + EXCLUDED.pageviews, visits = r.visits + EXCLUDED.visits,
			  visitors = r.visitors + EXCLUDED.visitors, bounces = r.bounces + EXCLUDED.bounces,
			  engaged_ms = r.engaged_ms + EXCLUDED.engaged_ms, actions = r.actions + EXCLUDED.actions""";

	/** Primary key order: rows written in it touch each B-tree page once. */
	private static final Comparator<RollupKey> IN_KEY_ORDER = Comparator.comparing(RollupKey::site)
		.thenComparing(k -> k.dimension().id())
		.thenComparing(RollupKey::bucket)
		.thenComparing(RollupKey::value);

	private final JdbcTemplate jdbc;

	private final String add;

	RollupWriter(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.add = SqlDialect.of(dataSource) == SqlDialect.H2 ? H2_ADD : POSTGRESQL_ADD;
	}

	/** Stores the sightings not stored yet and returns the rollup rows of those, whose visitors are new there. */
	List<RollupKey> recordSightings(Map<Sighting, RollupKey> sightings) {
		var byDay = new LinkedHashMap<Day, List<Long>>();
		sightings.keySet()
			.forEach(s -> byDay.computeIfAbsent(new Day(s.site(), s.day()), d -> new ArrayList<>()).add(s.hash()));
		var fresh = new ArrayList<RollupKey>();
		byDay.forEach((day, hashes) -> {
			hashes.sort(null);
			var stored = new HashSet<>(jdbc.query(con -> statement(con, day, hashes, 1, """
					SELECT s.key_hash FROM UNNEST(?) AS u (h)
					JOIN analytics_seen s ON s.key_hash = u.h AND s.site_id = ? AND s.seen_day = ?"""),
					(rs, n) -> rs.getLong(1)));
			var unseen = hashes.stream().filter(h -> !stored.contains(h)).toList();
			if (!unseen.isEmpty()) {
				jdbc.update(con -> statement(con, day, unseen, 3, """
						INSERT INTO analytics_seen (site_id, seen_day, key_hash)
						SELECT CAST(? AS UUID), CAST(? AS DATE), h FROM UNNEST(?) AS u (h)"""));
				unseen.forEach(h -> fresh.add(sightings.get(new Sighting(day.site(), day.day(), h))));
			}
		});
		return fresh;
	}

	void add(Map<RollupKey, Counters> deltas) {
		var rows = new ArrayList<>(deltas.entrySet());
		rows.sort(Map.Entry.comparingByKey(IN_KEY_ORDER));
		jdbc.batchUpdate(add, rows, 5000, (ps, entry) -> {
			var key = entry.getKey();
			var c = entry.getValue();
			ps.setObject(1, key.site());
			ps.setString(2, key.dimension().id());
			ps.setObject(3, utc(key.bucket()));
			ps.setString(4, key.value());
			ps.setLong(5, c.pageviews);
			ps.setLong(6, c.visits);
			ps.setLong(7, c.visitors);
			ps.setLong(8, c.bounces);
			ps.setLong(9, c.engagedMs);
			ps.setLong(10, c.actions);
		});
	}

	/** Binds the hashes as an array at {@code arrayIndex}, the site and the day in order at the other two. */
	private static PreparedStatement statement(Connection con, Day day, List<Long> hashes, int arrayIndex,
			String sql) throws SQLException {
		var statement = con.prepareStatement(sql);
		int other = arrayIndex == 1 ? 2 : 1;
		statement.setArray(arrayIndex, con.createArrayOf("bigint", hashes.toArray()));
		statement.setObject(other, day.site());
		statement.setObject(other + 1, day.day());
		return statement;
	}

	private record Day(UUID site, LocalDate day) {
	}
}
