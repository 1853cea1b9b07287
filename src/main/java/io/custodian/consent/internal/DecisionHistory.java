package io.custodian.consent.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.system.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a site's recorded decisions of a period of at most 400 days and tallies them per day and category. */
@Component
class DecisionHistory {

	private final ConsentConfigs configs;

	private final JdbcClient jdbc;

	DecisionHistory(ConsentConfigs configs, JdbcClient jdbc) {
		this.configs = configs;
		this.jdbc = jdbc;
	}

	List<Map<String, Object>> byDay(UUID site, LocalDate from, LocalDate to) {
		if (from.isAfter(to) || from.plusDays(400).isBefore(to)) {
			throw new InvalidInput("from", "must be before to, at most 400 days apart");
		}
		var rows = jdbc.sql("""
				SELECT recorded_at, granted FROM consent_records WHERE site_id = :site
				AND recorded_at >= :from AND recorded_at < :to""")
			.param("site", site).param("from", from.atStartOfDay().atOffset(ZoneOffset.UTC))
			.param("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new String[] { rs.getObject(1, OffsetDateTime.class).toLocalDate().toString(),
					rs.getString(2) }).list();
		return ConsentStatistics.byDay(rows, configs.find(site).categories());
	}
}
