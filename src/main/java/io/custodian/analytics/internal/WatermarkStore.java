package io.custodian.analytics.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static io.custodian.analytics.internal.RollupJob.instant;
import static io.custodian.analytics.internal.RollupJob.utc;

/** Reads and writes the single row of {@code analytics_watermark}. */
@Component
class WatermarkStore {

	private final JdbcClient jdbc;

	WatermarkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Watermark load() {
		return jdbc.sql("SELECT last_ingested_at, last_seq FROM analytics_watermark WHERE id = 1")
			.query((rs, n) -> new Watermark(instant(rs, 1), rs.getLong(2)))
			.single();
	}

	/** The watermark, its row locked until the caller's transaction ends (no node's run can move it meanwhile). */
	Watermark lockAndLoad() {
		return jdbc.sql("SELECT last_ingested_at, last_seq FROM analytics_watermark WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new Watermark(instant(rs, 1), rs.getLong(2)))
			.single();
	}

	void save(Watermark mark) {
		jdbc.sql("UPDATE analytics_watermark SET last_ingested_at = :at, last_seq = :seq WHERE id = 1")
			.param("at", utc(mark.ingestedAt()))
			.param("seq", mark.seq())
			.update();
	}
}
