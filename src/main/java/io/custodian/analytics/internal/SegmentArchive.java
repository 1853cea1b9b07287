package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static io.custodian.analytics.internal.RollupJob.utc;

/**
 * Stores the archived figures of segments' settled days, each write in its own transaction; drops a site's archives
 * from the day before a late event on (see {@link #invalidateLate}).
 */
@Component
class SegmentArchive {

	private static final String INSERT_ROW = """
			INSERT INTO analytics_segment_values (segment_id, dimension, local_day, dim_value, pageviews, visits,
			  visitors, bounces, engaged_ms, actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String COUNTERS = "pageviews, visits, visitors, bounces, engaged_ms, actions";

	private static final String SUMS = "SUM(pageviews), SUM(visits), SUM(visitors), SUM(bounces), SUM(engaged_ms), SUM(actions)";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	SegmentArchive(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A run of consecutive days, both included. */
	record Days(LocalDate first, LocalDate last) {
	}

	TreeSet<LocalDate> archivedDays(UUID segment, LocalDate first, LocalDate last) {
		return new TreeSet<>(jdbc.query("""
				SELECT local_day FROM analytics_segment_days WHERE segment_id = ? AND local_day >= ? AND local_day <= ?""",
				(rs, n) -> rs.getObject(1, LocalDate.class), segment, first, last));
	}

	/**
	 * Archives the figures of these days that are not archived yet, unless the site's archives were dropped since
	 * {@code scanStart} (the figures may then miss a late event); the segment row is locked so that a drop waits.
	 */
	void write(UUID segment, Instant scanStart, NavigableMap<LocalDate, RawFigures> days) {
		var first = days.firstKey();
		var last = days.lastKey();
		own.executeWithoutResult(status -> {
			var invalidated = jdbc.query("SELECT invalidated_at FROM analytics_segments WHERE id = ? FOR UPDATE",
					(rs, n) -> Optional.ofNullable(RollupJob.instant(rs, 1)), segment);
			if (invalidated.isEmpty() || invalidated.getFirst().filter(at -> !at.isBefore(scanStart)).isPresent()) {
				return;
			}
			var archived = archivedDays(segment, first, last);
			var rows = new ArrayList<Object[]>();
			var fresh = new ArrayList<Object[]>();
			days.forEach((day, figures) -> {
				if (archived.contains(day)) {
					return;
				}
				fresh.add(new Object[] { segment, day, utc(Instant.now()) });
				figures.forEachRow((dimension, value, c) -> {
					if (!c.isZero()) {
						rows.add(new Object[] { dimension, day, value, c });
					}
				});
			});
			jdbc.batchUpdate(INSERT_ROW, rows, 5000, (ps, row) -> RollupCounters.bindCounters(ps, segment,
					(String) row[0], row[1], (String) row[2], (Counters) row[3]));
			jdbc.batchUpdate("INSERT INTO analytics_segment_days (segment_id, local_day, archived_at) VALUES (?, ?, ?)",
					fresh);
		});
	}

	/** Adds the totals and hours of these archived days to {@code into}. */
	void read(UUID segment, List<Days> runs, DayFigures into) {
		if (runs.isEmpty()) {
			return;
		}
		jdbc.query("SELECT local_day, dimension, dim_value, " + COUNTERS + " FROM analytics_segment_values"
				+ " WHERE segment_id = ? AND dimension IN ('total', 'hour') AND " + days(runs), rs -> {
					into.add(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), Counters.read(rs, 4));
				}, arguments(segment, runs));
	}

	/** Adds the values of one dimension over these archived days to {@code into}, summed in the database. */
	void readValues(UUID segment, List<Days> runs, String dimension, DayFigures into) {
		if (runs.isEmpty()) {
			return;
		}
		var anyDay = runs.getFirst().first();
		jdbc.query("SELECT dim_value, " + SUMS + " FROM analytics_segment_values WHERE segment_id = ? AND "
				+ days(runs) + " AND dimension = ? GROUP BY dim_value", rs -> {
					into.add(anyDay, dimension, rs.getString(1), Counters.read(rs, 2));
				}, arguments(segment, runs, dimension));
	}

	private static String days(List<Days> runs) {
		return runs.stream().map(r -> "local_day BETWEEN ? AND ?").collect(Collectors.joining(" OR ", "(", ")"));
	}

	private static Object[] arguments(UUID segment, List<Days> runs, Object... more) {
		var arguments = new ArrayList<Object>();
		arguments.add(segment);
		runs.forEach(r -> arguments.addAll(List.of(r.first(), r.last())));
		arguments.addAll(List.of(more));
		return arguments.toArray();
	}

	/**
	 * Drops, in the caller's transaction, every archive of a site from the day before its earliest event of a settled
	 * day among {@code read}: events the rollup job reads after their day may have been archived, and an erased
	 * person's events are in the archives of their days.
	 */
	void invalidateLate(List<RollupEvent> read, Function<UUID, ZoneId> zones) {
		var now = Instant.now();
		var earliest = new HashMap<UUID, LocalDate>();
		for (var event : read) {
			var zone = zones.apply(event.site());
			var day = LocalDate.ofInstant(event.at(), zone);
			if (!day.isAfter(Segments.lastSettledDay(zone, now))) {
				earliest.merge(event.site(), day, (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		earliest.forEach((site, day) -> drop(site, day.minusDays(1), now));
	}

	/** Drops a site's archived days from {@code from} on, and the archives being computed (they are not written). */
	void drop(UUID site, LocalDate from, Instant now) {
		if (jdbc.update("UPDATE analytics_segments SET invalidated_at = ? WHERE site_id = ?", utc(now), site) > 0) {
			for (var table : List.of("analytics_segment_values", "analytics_segment_days")) {
				jdbc.update("DELETE FROM " + table + " WHERE segment_id IN (SELECT id FROM analytics_segments"
						+ " WHERE site_id = ?) AND local_day >= ?", site, from);
			}
		}
	}

}
