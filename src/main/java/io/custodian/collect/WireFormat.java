package io.custodian.collect;

import java.util.List;

/**
 * The wire format a hit came in, named once: its {@link #id()} is the {@code format} tag of the odd-field metric
 * ({@code custodian.collect.fields.dropped}) and, but for Custodian's own (stored as null), the {@code wire} of stored
 * events; each anchor's format is spoken on its collection paths.
 */
public enum WireFormat {

	CUSTODIAN("custodian", List.of()), UMAMI("umami", List.of("/api/send")),
	MATOMO("matomo", List.of("/matomo.php", "/piwik.php")), PLAUSIBLE("plausible", List.of("/api/event"));

	private final String id;

	private final List<String> paths;

	WireFormat(String id, List<String> paths) {
		this.id = id;
		this.paths = paths;
	}

	public String id() {
		return id;
	}

	/** What stored events hold as their wire: the id, or null for Custodian's own. */
	public String stored() {
		return this == CUSTODIAN ? null : id;
	}

	/** The format of a collection endpoint's path; Custodian's own for any other path. */
	public static WireFormat ofPath(String path) {
		for (var format : values()) {
			if (format.paths.contains(path)) {
				return format;
			}
		}
		return CUSTODIAN;
	}

	/** The format of a stored event's wire ({@link #stored()}); Custodian's own for null or an unknown one. */
	public static WireFormat ofStored(String wire) {
		for (var format : values()) {
			if (format.id.equals(wire)) {
				return format;
			}
		}
		return CUSTODIAN;
	}
}
