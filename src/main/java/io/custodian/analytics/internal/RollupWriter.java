package io.custodian.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.custodian.site.Site;
import io.custodian.system.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static io.custodian.analytics.internal.RollupJob.utc;

/** Adds deltas to {@code analytics_rollup} (and its days) and records visitor sightings in {@code analytics_seen}. */
@Component
class RollupWriter {

	/** H2 refuses arrays of more than 65,536 elements: hash lists are bound in slices of this many. */
	static final int MAX_ARRAY = 10_000;

	/** Primary key order: rows written in it touch each B-tree page once. */
	private static final Comparator<RollupKey> IN_KEY_ORDER = Comparator.comparing(RollupKey::site)
		.thenComparing(k -> k.dimension().id())
		.thenComparing(RollupKey::bucket)
		.thenComparing(RollupKey::value);

	/** The condition of a row whose every count is zero. */
	static final String ALL_ZERO = " AND pageviews = 0 AND visits = 0 AND visitors = 0 AND bounces = 0"
			+ " AND engaged_ms = 0 AND actions = 0";

	private final JdbcTemplate jdbc;

	private final String add;

	private final DailyRollups days;

	/** PostgreSQL inserts the sightings and returns the new ones in one statement. */
	private final boolean insertReturning;

	RollupWriter(JdbcTemplate jdbc, SqlDialect dialect, DailyRollups days) {
		this.jdbc = jdbc;
		this.add = RollupCounters.addCounters(dialect, "analytics_rollup", "bucket_start", "TIMESTAMP WITH TIME ZONE");
		this.days = days;
		this.insertReturning = dialect == SqlDialect.POSTGRESQL;
	}

	/** Brings every site's day rollups to its current time zone (see {@link DailyRollups#realign}). */
	List<UUID> realignDays(List<Site> sites) {
		return days.realign(sites);
	}

	/** Stores the sightings not stored yet and returns the rollup rows of those, whose visitors are new there. */
	List<RollupKey> recordSightings(Map<Sighting, RollupKey> sightings) {
		var byDay = new LinkedHashMap<Day, List<Long>>();
		sightings.keySet()
			.forEach(s -> byDay.computeIfAbsent(new Day(s.site(), s.day()), d -> new ArrayList<>()).add(s.hash()));
		var fresh = new ArrayList<RollupKey>();
		byDay.forEach((day, hashes) -> {
			hashes.sort(null);
			for (int from = 0; from < hashes.size(); from += MAX_ARRAY) {
				var slice = hashes.subList(from, Math.min(from + MAX_ARRAY, hashes.size()));
				recordUnseen(day, slice).forEach(h -> fresh.add(sightings.get(new Sighting(day.site(), day.day(), h))));
			}
		});
		return fresh;
	}

	private List<Long> recordUnseen(Day day, List<Long> hashes) {
		if (insertReturning) {
			return jdbc.query(con -> statement(con, day, hashes, 3, """
					INSERT INTO analytics_seen (site_id, seen_day, key_hash)
					SELECT CAST(? AS UUID), CAST(? AS DATE), h FROM UNNEST(?) AS u (h)
					ON CONFLICT DO NOTHING RETURNING key_hash"""), (rs, n) -> rs.getLong(1));
		}
		var stored = new HashSet<>(jdbc.query(con -> statement(con, day, hashes, 1, """
				SELECT s.key_hash FROM UNNEST(?) AS u (h)
				JOIN analytics_seen s ON s.key_hash = u.h AND s.site_id = ? AND s.seen_day = ?"""),
				(rs, n) -> rs.getLong(1)));
		var unseen = hashes.stream().filter(h -> !stored.contains(h)).toList();
		if (!unseen.isEmpty()) {
			jdbc.update(con -> statement(con, day, unseen, 3, """
					INSERT INTO analytics_seen (site_id, seen_day, key_hash)
					SELECT CAST(? AS UUID), CAST(? AS DATE), h FROM UNNEST(?) AS u (h)"""));
		}
		return unseen;
	}

	/** Adds the deltas to their hours and to the site-local days those hours begin in. */
	void add(Map<RollupKey, Counters> deltas, Function<UUID, ZoneId> zones) {
		days.add(deltas, zones);
		var rows = new ArrayList<>(deltas.entrySet());
		rows.sort(Map.Entry.comparingByKey(IN_KEY_ORDER));
		jdbc.batchUpdate(add, rows, 5000, (ps, entry) -> RollupCounters.bindCounters(ps, entry.getKey().site(),
				entry.getKey().dimension().id(), utc(entry.getKey().bucket()), entry.getKey().value(), entry.getValue()));
	}

	/** Forgets visitor sightings, so that a visitor erased from the figures is not taken for one seen already. */
	void forgetSightings(Collection<Sighting> sightings) {
		jdbc.batchUpdate("DELETE FROM analytics_seen WHERE site_id = ? AND seen_day = ? AND key_hash = ?",
				List.copyOf(sightings), 1000, (ps, s) -> {
					ps.setObject(1, s.site());
					ps.setObject(2, s.day());
					ps.setLong(3, s.hash());
				});
	}

	/** Deletes the rows of these hours, and of their days, whose every count came back to zero. */
	void dropEmpty(Collection<RollupKey> keys, Function<UUID, ZoneId> zones) {
		days.dropEmpty(keys, zones);
		jdbc.batchUpdate("DELETE FROM analytics_rollup WHERE site_id = ? AND dimension = ? AND bucket_start = ?"
				+ " AND dim_value = ?" + ALL_ZERO, List.copyOf(keys), 1000, (ps, key) -> {
					ps.setObject(1, key.site());
					ps.setString(2, key.dimension().id());
					ps.setObject(3, utc(key.bucket()));
					ps.setString(4, key.value());
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
