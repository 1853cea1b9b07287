package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.custodian.site.Site;
import io.custodian.system.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code analytics_rollup_daily} equal to the hourly rollups summed per site-local day: adds each chunk's hourly
 * deltas to their days, and rebuilds a site's days from its hours when its time zone is not the one they were cut in.
 */
@Component
class DailyRollups {

	private static final Comparator<DayKey> IN_KEY_ORDER = Comparator.comparing(DayKey::site)
		.thenComparing(DayKey::dimension)
		.thenComparing(DayKey::day)
		.thenComparing(DayKey::value);

	private final JdbcTemplate jdbc;

	private final SqlDialect dialect;

	private final String add;

	private final TransactionTemplate transactions;

	DailyRollups(JdbcTemplate jdbc, SqlDialect dialect, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.add = RollupCounters.addCounters(dialect, "analytics_rollup_daily", "local_day", "DATE");
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Adds hourly deltas to the site-local days their hours begin in. */
	void add(Map<RollupKey, Counters> hourly, Function<UUID, ZoneId> zones) {
		var days = new HashMap<DayKey, Counters>();
		hourly.forEach((key, c) -> days.computeIfAbsent(new DayKey(key.site(), key.dimension().id(),
				day(key.bucket(), zones.apply(key.site())), key.value()), k -> new Counters()).add(c));
		write(days);
	}

	/** Deletes the rows of the days these hours begin in whose every count came back to zero. */
	void dropEmpty(Collection<RollupKey> hourly, Function<UUID, ZoneId> zones) {
		var days = hourly.stream().map(key -> new DayKey(key.site(), key.dimension().id(),
				day(key.bucket(), zones.apply(key.site())), key.value())).distinct().toList();
		jdbc.batchUpdate("DELETE FROM analytics_rollup_daily WHERE site_id = ? AND dimension = ? AND local_day = ?"
				+ " AND dim_value = ?" + RollupWriter.ALL_ZERO, days, 1000, (ps, key) -> {
					ps.setObject(1, key.site());
					ps.setString(2, key.dimension());
					ps.setObject(3, key.day());
					ps.setString(4, key.value());
				});
	}

	/**
	 * Rebuilds, one transaction each, the days of every site whose zone differs from the one its days were cut in;
	 * returns those sites.
	 */
	List<UUID> realign(List<Site> sites) {
		var recorded = new HashMap<UUID, String>();
		jdbc.query("SELECT site_id, time_zone FROM analytics_rollup_zones",
				rs -> { recorded.put(rs.getObject(1, UUID.class), rs.getString(2)); });
		var realigned = new ArrayList<UUID>();
		for (var site : sites) {
			if (!site.timeZone().getId().equals(recorded.get(site.id()))) {
				transactions.executeWithoutResult(status -> rebuild(site.id(), site.timeZone()));
				realigned.add(site.id());
			}
		}
		return realigned;
	}

	private void rebuild(UUID site, ZoneId zone) {
		var days = new HashMap<DayKey, Counters>();
		jdbc.query("""
				SELECT dimension, bucket_start, dim_value, pageviews, visits, visitors, bounces, engaged_ms, actions
				FROM analytics_rollup WHERE site_id = ?""", rs -> {
			days.computeIfAbsent(new DayKey(site, rs.getString(1), day(RollupJob.instant(rs, "bucket_start"), zone),
					rs.getString(3)), k -> new Counters()).add(Counters.read(rs, 4));
		}, site);
		jdbc.update("DELETE FROM analytics_rollup_daily WHERE site_id = ?", site);
		write(days);
		jdbc.update(dialect.upsert("analytics_rollup_zones", List.of("site_id"), List.of("time_zone")), site,
				zone.getId());
	}

	private void write(Map<DayKey, Counters> days) {
		days.values().removeIf(Counters::isZero);
		var rows = new ArrayList<>(days.entrySet());
		rows.sort(Map.Entry.comparingByKey(IN_KEY_ORDER));
		jdbc.batchUpdate(add, rows, 5000, (ps, entry) -> RollupCounters.bindCounters(ps, entry.getKey().site(),
				entry.getKey().dimension(), entry.getKey().day(), entry.getKey().value(), entry.getValue()));
	}

	private static LocalDate day(Instant hour, ZoneId zone) {
		return LocalDate.ofInstant(hour, zone);
	}

	private record DayKey(UUID site, String dimension, LocalDate day, String value) {
	}
}
