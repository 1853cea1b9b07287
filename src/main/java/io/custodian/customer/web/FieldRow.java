package io.custodian.customer.web;

import java.util.ArrayList;
import java.util.List;

import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerView;
import io.custodian.customer.FieldInfo;

/** One stored field of a customer: its value when the purpose may use it, otherwise null, and its metadata. */
record FieldRow(String key, String label, String value, FieldInfo info) {

	/** The stored fields in the order of the known fields, attributes last. */
	static List<FieldRow> rows(CustomerSummary summary, CustomerView view) {
		var rows = new ArrayList<FieldRow>();
		summary.fields().forEach((key, info) -> rows
			.add(new FieldRow(key, FieldDisplay.label(key), FieldDisplay.value(view, key), info)));
		rows.sort((a, b) -> Integer.compare(order(a.key()), order(b.key())));
		return rows;
	}

	private static int order(String key) {
		return CustomerField.fromKey(key).map(Enum::ordinal).orElse(CustomerField.values().length);
	}

	public boolean hidden() {
		return value == null;
	}
}
