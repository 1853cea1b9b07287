package io.custodian.analytics.internal;

import java.sql.Types;

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
		return jdbc.sql("SELECT * FROM analytics_watermark WHERE id = 1").query((rs, n) -> {
			var cutoff = instant(rs, "run_cutoff");
			var run = cutoff == null ? null
					: new Watermark.Run(cutoff, rs.getLong("run_base_seq"), rs.getLong("run_cursor"));
			return new Watermark(rs.getLong("last_seq"), instant(rs, "prev_cutoff"), run);
		}).single();
	}

	void save(Watermark mark) {
		var run = mark.run();
		jdbc.sql("""
				UPDATE analytics_watermark SET last_seq = :last, prev_cutoff = :prev, run_cutoff = :cutoff,
				  run_base_seq = :base, run_cursor = :cursor WHERE id = 1""")
			.param("last", mark.lastSeq())
			.param("prev", utc(mark.prevCutoff()))
			.param("cutoff", run == null ? null : utc(run.cutoff()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("base", run == null ? null : run.baseSeq(), Types.BIGINT)
			.param("cursor", run == null ? null : run.cursor(), Types.BIGINT)
			.update();
	}
}
