package io.custodian.history.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.history.ImportStatus;
import io.custodian.history.ImportStatus.RowProblem;
import io.custodian.history.ImportStatus.State;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code history_imports}: every import with its counts and report (skipped rows and failure as JSON). */
@Component
class ImportJobs {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportJobs(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Imports a stopped process left running never finish: they are marked interrupted (nothing of them is written). */
	@EventListener(ApplicationReadyEvent.class)
	void interruptLeftovers() {
		jdbc.sql("UPDATE history_imports SET state = 'INTERRUPTED', finished_at = ? WHERE state = 'RUNNING'")
			.param(OffsetDateTime.now(ZoneOffset.UTC)).update();
	}

	void insert(ImportJob job) {
		jdbc.sql("""
				INSERT INTO history_imports (id, site_id, format, file_name, state, rows_read, rows_imported,
				  rows_skipped, days, report, started_by, started_at)
				VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, '{}', ?, ?)""")
			.params(job.id, job.site, job.format.id(), job.fileName, job.state.name(), job.startedBy,
					OffsetDateTime.ofInstant(job.startedAt, ZoneOffset.UTC))
			.update();
	}

	/** Stores how the job ended, in the caller's transaction (the one that wrote its figures, when it did). */
	void finish(ImportJob job) {
		var s = job.status();
		jdbc.sql("""
				UPDATE history_imports SET state = ?, rows_read = ?, rows_imported = ?, rows_skipped = ?, first_day = ?,
				  last_day = ?, days = ?, report = ?, finished_at = ? WHERE id = ?""")
			.params(s.state().name(), s.rowsRead(), s.rowsImported(), s.rowsSkipped(), s.firstDay(), s.lastDay(),
					s.days(), json.writeValueAsString(new Report(s.skipped(), s.failure())),
					OffsetDateTime.ofInstant(s.finishedAt(), ZoneOffset.UTC), s.id())
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

	private ImportStatus status(ResultSet rs, int n) throws SQLException {
		var report = json.readValue(rs.getString("report"), Report.class);
		long read = rs.getLong("rows_read");
		var finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new ImportStatus(rs.getObject("id", UUID.class), rs.getObject("site_id", UUID.class),
				rs.getString("format"), rs.getString("file_name"), State.valueOf(rs.getString("state")), read, read,
				read, rs.getLong("rows_imported"), rs.getLong("rows_skipped"), rs.getObject("first_day", LocalDate.class),
				rs.getObject("last_day", LocalDate.class), rs.getInt("days"),
				report.skipped() == null ? List.of() : report.skipped(), report.failure(), rs.getString("started_by"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant());
	}

	/** What the report column holds. */
	record Report(List<RowProblem> skipped, RowProblem failure) {
	}
}
