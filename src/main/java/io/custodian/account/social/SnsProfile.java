package io.custodian.account.social;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import io.custodian.customer.CustomerField;

/**
 * Reads customer field values from a provider's claims or user info, only for the fields asked for; a value the vault
 * would refuse (an unknown country code, a malformed phone number) is left out.
 */
final class SnsProfile {

	private SnsProfile() {
	}

	static Map<CustomerField, String> values(Map<String, Object> attributes, Set<CustomerField> fields) {
		var values = new EnumMap<CustomerField, String>(CustomerField.class);
		for (var field : fields) {
			var raw = raw(attributes, field);
			if (raw != null && !raw.isBlank()) {
				var checked = field.validate(raw);
				if (checked.isValid()) {
					values.put(field, checked.value());
				}
			}
		}
		return values;
	}

	private static String raw(Map<String, Object> attributes, CustomerField field) {
		return switch (field) {
			case NAME -> string(attributes.get("name"));
			case EMAIL -> Boolean.FALSE.equals(attributes.get("email_verified")) ? null : string(attributes.get("email"));
			case PHONE -> string(attributes.get("phone_number"));
			case PREFERRED_LANGUAGE -> locale(attributes.get("locale"));
			case POSTAL_ADDRESS -> attributes.get("address") instanceof Map<?, ?> address ? string(address.get("formatted"))
					: null;
			case COUNTRY -> attributes.get("address") instanceof Map<?, ?> address ? string(address.get("country")) : null;
			default -> null;
		};
	}

	private static String locale(Object value) {
		if (value instanceof Map<?, ?> map && map.get("language") instanceof String language) {
			return map.get("country") instanceof String country ? language + "-" + country : language;
		}
		var text = string(value);
		return text == null ? null : text.replace('_', '-');
	}

	private static String string(Object value) {
		return value instanceof String s ? s.strip() : null;
	}
}
