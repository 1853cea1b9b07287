package io.custodian.customer.web;

import java.util.Arrays;
import java.util.List;

import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerView;

/** One input of the edit form: the current value when visible, whether the field is stored and removable. */
record EditableField(String key, String label, boolean stored, String value, boolean multiline, boolean removable) {

	/** An input for every known field; stored ones but the email can be removed. */
	static List<EditableField> all(CustomerSummary summary, CustomerView view) {
		return Arrays.stream(CustomerField.values())
			.map(field -> new EditableField(field.key(), FieldDisplay.label(field.key()),
					summary.fields().containsKey(field.key()), FieldDisplay.value(view, field.key()),
					field == CustomerField.POSTAL_ADDRESS,
					field != CustomerField.EMAIL && summary.fields().containsKey(field.key())))
			.toList();
	}

	public boolean hidden() {
		return stored && value == null;
	}
}
