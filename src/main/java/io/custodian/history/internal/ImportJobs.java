package io.custodian.history.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.history.HistorySettings;
import io.custodian.history.ImportStatus;
import io.custodian.history.ImportStatus.RowProblem;
import io.custodian.history.ImportStatus.State;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code history_imports}: every import with its counts and report (skipped rows and failure as JSON). A running
 * import holds its site ({@code running_site}, unique) and a lease ({@code heartbeat_at}) its process renews; one whose
 * lease ran out reads as interrupted, and {@link #expire} marks it so, freeing its site.
 */
@Component
class ImportJobs {

	static final String INTERRUPTED = "was interrupted: the process running it stopped before it ended, and nothing "
			+ "of it was written; import the file again";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Duration lease;

	ImportJobs(JdbcClient jdbc, JsonMapper json, HistorySettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.lease = settings.lease();
	}

	/** Inserts a running job holding its site; a site that already runs one raises a DuplicateKeyException. */
	void insert(ImportJob job) {
		jdbc.sql("""
				INSERT INTO history_imports (id, site_id, format, file_name, state, rows_read, rows_imported,
				  rows_skipped, days, report, started_by, started_at, heartbeat_at, running_site)
				VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, '{}', ?, ?, ?, ?)""")
			.params(job.id, job.site, job.format.id(), job.fileName, job.state.name(), job.startedBy,
					utc(job.startedAt), utc(Instant.now()), job.site)
			.update();
	}

	/** Renews the leases of these running jobs. */
	void renew(Collection<UUID> ids) {
		jdbc.sql("UPDATE history_imports SET heartbeat_at = :now WHERE state = 'RUNNING' AND id IN (:ids)")
			.param("now", utc(Instant.now())).param("ids", ids).update();
	}

	/** Marks running jobs whose lease ran out as interrupted (ended at their last heartbeat), freeing their sites. */
	int expire() {
		return jdbc.sql("""
				UPDATE history_imports SET state = 'INTERRUPTED', finished_at = heartbeat_at, running_site = NULL
				WHERE state = 'RUNNING' AND heartbeat_at < ?""").param(utc(Instant.now().minus(lease))).update();
	}

	/** The running import of a site, if any. */
	Optional<UUID> runningOf(UUID site) {
		return jdbc.sql("SELECT id FROM history_imports WHERE running_site = ?").param(site).query(UUID.class)
			.optional();
	}

	long countRunning() {
		return jdbc.sql("SELECT COUNT(*) FROM history_imports WHERE state = 'RUNNING'").query(Long.class).single();
	}

	/** Stores how the job ended, in the caller's transaction (the one that wrote its figures, when it did). */
	void finish(ImportJob job) {
		var s = job.status();
		jdbc.sql("""
				UPDATE history_imports SET state = ?, rows_read = ?, rows_imported = ?, rows_skipped = ?, first_day = ?,
				  last_day = ?, days = ?, report = ?, finished_at = ?, running_site = NULL WHERE id = ?""")
			.params(s.state().name(), s.rowsRead(), s.rowsImported(), s.rowsSkipped(), s.firstDay(), s.lastDay(),
					s.days(), json.writeValueAsString(new Report(s.skipped(), s.failure())),
					utc(s.finishedAt()), s.id())
			.update();
	}

	Optional<ImportStatus> find(UUID site, UUID id) {
		return jdbc.sql("SELECT * FROM history_imports WHERE site_id = ? AND id = ?").params(site, id)
			.query(this::status).optional();
	}

	List<ImportStatus> recent(UUID site, int limit) {
		return jdbc.sql("SELECT * FROM history_imports WHERE site_id = ? ORDER BY started_at DESC LIMIT ?")
			.params(site, limit).query(this::status).list();
	}

	/** A running row whose lease ran out reads as interrupted before {@link #expire} marks it so. */
	private ImportStatus status(ResultSet rs, int n) throws SQLException {
		var report = json.readValue(rs.getString("report"), Report.class);
		long read = rs.getLong("rows_read");
		var finished = rs.getObject("finished_at", OffsetDateTime.class);
		var heartbeat = rs.getObject("heartbeat_at", OffsetDateTime.class);
		var state = State.valueOf(rs.getString("state"));
		if (state == State.RUNNING && heartbeat != null && heartbeat.toInstant().isBefore(Instant.now().minus(lease))) {
			state = State.INTERRUPTED;
			finished = heartbeat;
		}
		var fileName = rs.getString("file_name");
		var failure = state == State.INTERRUPTED && report.failure() == null
				? new RowProblem(fileName, 0, null, INTERRUPTED) : report.failure();
		return new ImportStatus(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class),
				rs.getString("format"), fileName, state, read, read, read, rs.getLong("rows_imported"),
				rs.getLong("rows_skipped"), rs.getObject("first_day", LocalDate.class),
				rs.getObject("last_day", LocalDate.class), rs.getInt("days"),
				report.skipped() == null ? List.of() : report.skipped(), failure, rs.getString("started_by"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** What the report column holds. */
	record Report(List<RowProblem> skipped, RowProblem failure) {
	}
}
