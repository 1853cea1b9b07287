package io.custodian.history.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.custodian.history.ImportStatus;
import io.custodian.history.ImportStatus.RowProblem;

/** Counts of a running import, read by status requests while it runs. */
final class Progress {

	final AtomicLong total = new AtomicLong();

	final AtomicLong done = new AtomicLong();

	final AtomicLong imported = new AtomicLong();

	final AtomicLong skipped = new AtomicLong();

	private final List<RowProblem> listed = new ArrayList<>();

	void imported() {
		done.incrementAndGet();
		imported.incrementAndGet();
	}

	void skip(Row row, BadValue bad) {
		done.incrementAndGet();
		skipped.incrementAndGet();
		synchronized (listed) {
			if (listed.size() < ImportStatus.MAX_SKIPPED_LISTED) {
				listed.add(new RowProblem(row.file(), row.number(), bad.column(), bad.getMessage()));
			}
		}
	}


	List<RowProblem> listed() {
		synchronized (listed) {
			return List.copyOf(listed);
		}
	}

	/** Reads each row of the table: what {@code read} refuses as a {@link BadValue} is skipped and reported. */
	void each(CsvTable table, java.util.function.Consumer<Row> read) {
		for (var row : table) {
			try {
				read.accept(row);
				imported();
			}
			catch (BadValue bad) {
				skip(row, bad);
			}
		}
	}
}
