package io.custodian.customer.web;

import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerView;

/** How the console names a customer field and finds its value in what a purpose may see. */
final class FieldDisplay {

	private FieldDisplay() {
	}

	static String label(String key) {
		return switch (key) {
			case "email" -> "Email";
			case "name" -> "Name";
			case "phone" -> "Phone";
			case "company" -> "Company";
			case "postalAddress" -> "Postal address";
			case "country" -> "Country";
			case "preferredLanguage" -> "Preferred language";
			default -> key.startsWith(CustomerField.ATTRIBUTE_PREFIX) ? key.substring(CustomerField.ATTRIBUTE_PREFIX.length())
					: key;
		};
	}

	/** The value, or null when there is no view or the purpose may not see the field. */
	static String value(CustomerView view, String key) {
		if (view == null) {
			return null;
		}
		if (key.startsWith(CustomerField.ATTRIBUTE_PREFIX)) {
			return view.attributes().get(key.substring(CustomerField.ATTRIBUTE_PREFIX.length()));
		}
		return view.values().get(key);
	}
}
