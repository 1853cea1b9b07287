package io.custodian.analytics.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.custodian.analytics.Analytics.Point;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.ImportedFigures;
import io.custodian.site.Sites;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code analytics_imported} and its share of the rollups together: replacing a source's day takes its previous
 * counters out of the day's first rollup hour and adds the new ones there, so the day rollups (and a rebuild of them
 * from the hours) carry the imported figures.
 */
@Component
@Transactional
class ImportedRollups implements ImportedFigures {

	private final JdbcTemplate jdbc;

	private final RollupWriter writer;

	private final Sites sites;

	ImportedRollups(JdbcTemplate jdbc, RollupWriter writer, Sites sites) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.sites = sites;
	}

	@Override
	public Set<LocalDate> replace(UUID siteId, String source, Map<LocalDate, List<DayValue>> days) {
		var zone = sites.find(siteId).orElseThrow(() -> Problems.notFound("Site " + siteId)).timeZone();
		RollupJob.pauseUntilTransactionEnds();
		var deltas = new HashMap<RollupKey, Counters>();
		for (var day : new TreeSet<>(days.keySet())) {
			var bucket = JdbcAnalytics.hourStart(JdbcAnalytics.start(day, zone), zone);
			jdbc.query("""
					SELECT dimension, dim_value, pageviews, visits, visitors, bounces, engaged_ms, actions
					FROM analytics_imported WHERE site_id = ? AND source = ? AND local_day = ?""", rs -> {
				var key = new RollupKey(siteId, dimension(rs.getString(1)), bucket, rs.getString(2));
				deltas.computeIfAbsent(key, k -> new Counters()).add(Counters.read(rs, 3).negated());
			}, siteId, source, day);
			jdbc.update("DELETE FROM analytics_imported WHERE site_id = ? AND source = ? AND local_day = ?", siteId,
					source, day);
			var merged = merge(siteId, bucket, days.get(day));
			merged.forEach((key, c) -> deltas.computeIfAbsent(key, k -> new Counters()).add(c));
			insert(siteId, source, day, merged);
		}
		deltas.values().removeIf(Counters::isZero);
		writer.add(deltas, site -> zone);
		writer.dropEmpty(deltas.keySet(), site -> zone);
		return new TreeSet<>(days.keySet());
	}

	@Override
	@Transactional(readOnly = true)
	public Set<LocalDate> importedDays(UUID siteId, LocalDate from, LocalDate to) {
		return new TreeSet<>(jdbc.queryForList("""
				SELECT DISTINCT local_day FROM analytics_imported WHERE site_id = ? AND local_day >= ? AND local_day <= ?""",
				LocalDate.class, siteId, from, to));
	}

	/** The points whose day holds imported figures, marked so. */
	@Transactional(readOnly = true)
	List<Point> mark(UUID siteId, DateRange range, List<Point> points) {
		var imported = importedDays(siteId, range.from(), range.to());
		if (imported.isEmpty()) {
			return points;
		}
		return points.stream()
			.map(p -> imported.contains(p.start().toLocalDate()) ? new Point(p.start(), p.visitors(), p.visits(),
					p.pageviews(), p.actions(), true) : p)
			.toList();
	}

	private static Map<RollupKey, Counters> merge(UUID site, java.time.Instant bucket, List<DayValue> values) {
		var merged = new LinkedHashMap<RollupKey, Counters>();
		for (var v : values) {
			var value = v.dimension() == Dimension.TOTAL ? "" : RollupJob.value(v.value());
			var c = merged.computeIfAbsent(new RollupKey(site, v.dimension(), bucket, value), k -> new Counters());
			c.visitors += v.visitors();
			c.visits += v.visits();
			c.pageviews += v.pageviews();
			c.bounces += v.bounces();
			c.engagedMs += v.engagedMs();
			c.actions += v.actions();
		}
		merged.values().removeIf(Counters::isZero);
		return merged;
	}

	private void insert(UUID site, String source, LocalDate day, Map<RollupKey, Counters> rows) {
		jdbc.batchUpdate("""
				INSERT INTO analytics_imported (site_id, source, local_day, dimension, dim_value, pageviews, visits,
				  visitors, bounces, engaged_ms, actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				List.copyOf(rows.entrySet()), 1000, (ps, row) -> {
					var c = row.getValue();
					ps.setObject(1, site);
					ps.setString(2, source);
					ps.setObject(3, day);
					ps.setString(4, row.getKey().dimension().id());
					ps.setString(5, row.getKey().value());
					ps.setLong(6, c.pageviews);
					ps.setLong(7, c.visits);
					ps.setLong(8, c.visitors);
					ps.setLong(9, c.bounces);
					ps.setLong(10, c.engagedMs);
					ps.setLong(11, c.actions);
				});
	}

	private static Dimension dimension(String id) {
		return "total".equals(id) ? Dimension.TOTAL : Dimension.fromId(id).orElseThrow();
	}
}
