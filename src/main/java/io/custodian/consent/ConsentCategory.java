package io.custodian.consent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The categories a visitor consents to; necessary is always granted. */
public enum ConsentCategory {

	NECESSARY("necessary"), PREFERENCES("preferences"), ANALYTICS("analytics"), MARKETING("marketing"),
	SOCIAL("social");

	private final String id;

	ConsentCategory(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<ConsentCategory> fromId(String id) {
		return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
	}

	public static List<String> ids() {
		return Arrays.stream(values()).map(ConsentCategory::id).toList();
	}
}
