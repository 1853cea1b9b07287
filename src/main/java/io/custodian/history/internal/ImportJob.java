package io.custodian.history.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.custodian.history.ImportFormat;
import io.custodian.history.ImportStatus;
import io.custodian.history.ImportStatus.RowProblem;
import io.custodian.history.ImportStatus.State;

/** One import as it runs: what it reads, its live progress, and how it ended. */
final class ImportJob {

	final UUID id = UUID.randomUUID();

	final UUID site;

	final ImportFormat format;

	final String fileName;

	final String startedBy;

	final Instant startedAt = Instant.now();

	final Progress progress = new Progress();

	volatile State state = State.RUNNING;

	volatile RowProblem failure;

	volatile List<LocalDate> days = List.of();

	volatile Instant finishedAt;

	ImportJob(UUID site, ImportFormat format, String fileName, String startedBy) {
		this.site = site;
		this.format = format;
		this.fileName = fileName;
		this.startedBy = startedBy;
	}

	ImportStatus status() {
		var p = progress;
		return new ImportStatus(id, site, format.id(), fileName, state, p.done.get(), p.total.get(),
				p.imported.get() + p.skipped.get(), p.imported.get(), p.skipped.get(),
				days.isEmpty() ? null : days.getFirst(), days.isEmpty() ? null : days.getLast(), days.size(),
				p.listed(), failure, startedBy, startedAt, finishedAt);
	}
}
