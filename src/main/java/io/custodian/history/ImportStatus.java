package io.custodian.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where a history import stands: rows done of the total while it runs, then what it read, imported and skipped (each
 * skipped row with its file, row number, column and reason; at most {@link #MAX_SKIPPED_LISTED} listed) and the
 * site-local days whose imported figures it replaced. A failed import changed nothing; failure says why.
 */
public record ImportStatus(UUID id, UUID siteId, String format, String fileName, State state, long rowsDone,
		long rowsTotal, long rowsRead, long rowsImported, long rowsSkipped, LocalDate firstDay, LocalDate lastDay,
		int days, List<RowProblem> skipped, RowProblem failure, String startedBy, Instant startedAt,
		Instant finishedAt) {

	public static final int MAX_SKIPPED_LISTED = 100;

	/** A running import reads, then writes everything in one transaction; interrupted ones were stopped by a restart. */
	public enum State {
		RUNNING, DONE, FAILED, INTERRUPTED
	}

	/** A row (1 is the header) of a file, the column at fault (null for the whole row or file) and the reason. */
	public record RowProblem(String file, long row, String column, String reason) {

		@Override
		public String toString() {
			return file + (row > 0 ? " row " + row : "") + (column == null ? "" : " column " + column) + ": " + reason;
		}
	}
}
