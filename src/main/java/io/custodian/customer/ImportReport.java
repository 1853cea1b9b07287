package io.custodian.customer;

import java.util.List;

/** What a CSV import did: rows read, rows imported, and each rejected row with its field and reason. */
public record ImportReport(int rows, int imported, boolean dryRun, List<RejectedRow> rejected) {

	/** One row that was not imported, and why. */
	public record RejectedRow(int row, String field, String reason) {
	}
}
