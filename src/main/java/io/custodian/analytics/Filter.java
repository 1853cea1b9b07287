package io.custodian.analytics;

import io.custodian.system.InvalidInput;

/** Restricts figures to one value of one dimension, written {@code dimension:value} in URLs; see {@link Filters}. */
public record Filter(Dimension dimension, String value) {

	public static Filter parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var colon = text.indexOf(':');
		if (colon <= 0) {
			throw new InvalidInput("filter", "must be dimension:value, for example country:DE");
		}
		var dimension = Dimension.fromId(text.substring(0, colon))
			.orElseThrow(() -> new InvalidInput("filter", "unknown dimension '" + clip(text.substring(0, colon))
					+ "'; use one of " + Dimension.breakdowns().stream().map(Dimension::id).toList()));
		var value = text.substring(colon + 1);
		if (value.isEmpty() || value.length() > 1024) {
			throw new InvalidInput("filter", "the value must be 1-1024 characters");
		}
		return new Filter(dimension, value);
	}

	public String asParameter() {
		return dimension.id() + ":" + value;
	}

	private static String clip(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}
}
