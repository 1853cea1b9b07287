package io.custodian.customer;

import java.util.Arrays;
import java.util.Optional;

/** Where a field's value came from. */
public enum FieldSource {

	CUSTOMER_FORM("customer-form", true), STAFF("staff", false), SNS("sns", true), IMPORT("import", false),
	REQUEST("request", true);

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
		return String.join(", ", Arrays.stream(values()).map(FieldSource::id).toList());
	}
}
