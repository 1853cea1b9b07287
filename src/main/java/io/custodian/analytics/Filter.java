package io.custodian.analytics;

import io.custodian.system.InvalidInput;

/**
 * Restricts figures to one value of one dimension, written {@code dimension:value} in URLs, or to the sessions in which
 * an action carried a property's value, written {@code prop:NAME:value} ({@code property} is null for dimensions); see
 * {@link Filters}.
 */
public record Filter(Dimension dimension, String property, String value) {

	/** Longest property name accepted. */
	public static final int MAX_PROPERTY = 100;

	private static final String PROPERTY_PREFIX = Dimension.PROPERTY.id() + ":";

	public Filter(Dimension dimension, String value) {
		this(dimension, null, value);
	}

	/** A filter on the value of an action property. */
	public static Filter property(String name, String value) {
		return new Filter(Dimension.PROPERTY, propertyName(name, "filter"), value);
	}

	public static Filter parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.startsWith(PROPERTY_PREFIX)) {
			var rest = text.substring(PROPERTY_PREFIX.length());
			var colon = rest.indexOf(':');
			if (colon <= 0) {
				throw new InvalidInput("filter", "must be prop:NAME:value, for example prop:plan:pro");
			}
			return property(rest.substring(0, colon), value(rest.substring(colon + 1)));
		}
		var colon = text.indexOf(':');
		if (colon <= 0) {
			throw new InvalidInput("filter", "must be dimension:value, for example country:DE");
		}
		var dimension = Dimension.fromId(text.substring(0, colon))
			.orElseThrow(() -> new InvalidInput("filter", "unknown dimension '" + clip(text.substring(0, colon))
					+ "'; use one of " + Dimension.breakdowns().stream().map(Dimension::id).toList()
					+ " or prop:NAME"));
		return new Filter(dimension, value(text.substring(colon + 1)));
	}

	/** A property name as given, checked: 1-100 characters, no colon. */
	public static String propertyName(String name, String field) {
		if (name == null || name.isEmpty() || name.length() > MAX_PROPERTY || name.indexOf(':') >= 0) {
			throw new InvalidInput(field, "a property name must be 1-" + MAX_PROPERTY + " characters without ':'");
		}
		return name;
	}

	public String asParameter() {
		return target() + ":" + value;
	}

	/** What is filtered: the dimension's id, or {@code prop:NAME}. */
	public String target() {
		return property == null ? dimension.id() : PROPERTY_PREFIX + property;
	}

	/** Whether both filters restrict the same dimension (and property). */
	public boolean sameTarget(Filter other) {
		return dimension == other.dimension && java.util.Objects.equals(property, other.property);
	}

	private static String value(String value) {
		if (value.isEmpty() || value.length() > 1024) {
			throw new InvalidInput("filter", "the value must be 1-1024 characters");
		}
		return value;
	}

	private static String clip(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}
}
