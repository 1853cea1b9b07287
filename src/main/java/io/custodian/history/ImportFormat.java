package io.custodian.history;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The export formats a history import reads; the id names it in URLs, commands and reports. */
public enum ImportFormat {

	PLAUSIBLE("plausible", "Plausible CE CSV export (zip)", "imported_visitors.csv"),
	UMAMI("umami", "Umami tables website_event and session as CSV (zip or website_event.csv)", "website_event.csv"),
	MATOMO("matomo", "Matomo tables log_visit, log_link_visit_action and log_action as CSV or TSV dumps (zip)",
			"log_visit.tsv");

	private final String id;

	private final String label;

	private final String singleFile;

	ImportFormat(String id, String label, String singleFile) {
		this.id = id;
		this.label = label;
		this.singleFile = singleFile;
	}

	/** The name an upload that is not a zip archive is read as, when no name is given. */
	public String singleFile() {
		return singleFile;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public static Optional<ImportFormat> fromId(String id) {
		var wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
	}
}
