package io.custodian.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer as given to the vault: field values, where they came from and what they were collected for. */
public record NewCustomer(String email, String name, String phone, String company, String postalAddress,
		String country, String preferredLanguage, Map<String, String> attributes, String source,
		List<String> purposes, List<String> consentedPurposes) {

	public NewCustomer {
		attributes = attributes == null ? Map.of() : attributes;
		purposes = purposes == null ? List.of() : purposes;
		consentedPurposes = consentedPurposes == null ? List.of() : consentedPurposes;
	}

	/** The standard fields that carry a value, by key. */
	public Map<String, String> values() {
		var values = new LinkedHashMap<String, String>();
		put(values, CustomerField.EMAIL, email);
		put(values, CustomerField.NAME, name);
		put(values, CustomerField.PHONE, phone);
		put(values, CustomerField.COMPANY, company);
		put(values, CustomerField.POSTAL_ADDRESS, postalAddress);
		put(values, CustomerField.COUNTRY, country);
		put(values, CustomerField.PREFERRED_LANGUAGE, preferredLanguage);
		return values;
	}

	private static void put(Map<String, String> values, CustomerField field, String value) {
		if (value != null) {
			values.put(field.key(), value);
		}
	}
}
