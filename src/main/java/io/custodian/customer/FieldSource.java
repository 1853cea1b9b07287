package io.custodian.customer;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a field's value came from: one of these kinds, stored by its id; an SNS value names its connection's provider as
 * {@code sns:<provider>}.
 */
public enum FieldSource {

	CUSTOMER_FORM("customer-form", true), CUSTOMER("customer", true), STAFF("staff", false), SNS("sns", true),
	IMPORT("import", false), REQUEST("request", true);

	private static final java.util.regex.Pattern SNS_SOURCE = java.util.regex.Pattern.compile("sns:[a-z0-9][a-z0-9-]{0,39}");

	private final String id;

	private final boolean fromCustomer;

	FieldSource(String id, boolean fromCustomer) {
		this.id = id;
		this.fromCustomer = fromCustomer;
	}

	public String id() {
		return id;
	}

	/** Values the customer gave themselves count as verified when they arrive. */
	public boolean fromCustomer() {
		return fromCustomer;
	}

	public static Optional<FieldSource> fromId(String id) {
		return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
	}

	public static String ids() {
		return String.join(", ", Arrays.stream(values()).map(FieldSource::id).toList()) + ", sns:<provider>";
	}

	/** The source id as stored: a kind's id, or {@code sns:} and a provider id (lower-case letters, digits, -). */
	public static Optional<String> normalize(String id) {
		if (id == null) {
			return Optional.empty();
		}
		return fromId(id).map(FieldSource::id).or(() -> Optional.of(id).filter(s -> SNS_SOURCE.matcher(s).matches()));
	}

	/** The kind of a stored source id. */
	public static FieldSource kindOf(String id) {
		return fromId(id).orElseGet(() -> id != null && id.startsWith("sns:") ? SNS : STAFF);
	}

	/** The source id of values that came from a connection to this provider. */
	public static String sns(String provider) {
		return "sns:" + provider;
	}
}
