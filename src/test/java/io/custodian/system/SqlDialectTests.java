package io.custodian.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlDialectTests {

	@Test
	void tellsPostgresqlFromItsProductNameAndEverythingElseAsH2() {
		assertThat(SqlDialect.ofProductName("PostgreSQL")).isEqualTo(SqlDialect.POSTGRESQL);
		assertThat(SqlDialect.ofProductName("H2")).isEqualTo(SqlDialect.H2);
	}

	@Test
	void upsertsWithMergeOnH2AndOnConflictOnPostgresql() {
		var keys = List.of("site_id", "session_hash");
		var columns = List.of("started_at", "pageviews");
		assertThat(SqlDialect.H2.upsert("analytics_sessions", keys, columns)).isEqualTo(
				"MERGE INTO analytics_sessions (site_id, session_hash, started_at, pageviews) KEY (site_id, session_hash)"
						+ " VALUES (?, ?, ?, ?)");
		assertThat(SqlDialect.POSTGRESQL.upsert("analytics_sessions", keys, columns)).isEqualTo(
				"INSERT INTO analytics_sessions (site_id, session_hash, started_at, pageviews) VALUES (?, ?, ?, ?)"
						+ " ON CONFLICT (site_id, session_hash) DO UPDATE SET started_at = EXCLUDED.started_at,"
						+ " pageviews = EXCLUDED.pageviews");
	}
}
