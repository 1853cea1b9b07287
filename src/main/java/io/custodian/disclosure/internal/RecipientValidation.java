package io.custodian.disclosure.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.custodian.customer.CustomerField;
import io.custodian.disclosure.RecipientInput;
import io.custodian.purpose.Purposes;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import org.springframework.stereotype.Component;

/**
 * Checks a recipient before it is stored: kind, legal entity, country and the safeguard of a third-country transfer,
 * the contract processors and partners need, and each allowed field is a customer field the purpose may use.
 */
@Component
class RecipientValidation {

	static final Set<String> KINDS = Set.of("processor", "authority", "partner");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final Purposes purposes;

	RecipientValidation(Purposes purposes) {
		this.purposes = purposes;
	}

	/** The input in stored form (trimmed, upper-case country, sorted fields), or a 400 naming every bad field. */
	RecipientInput check(RecipientInput input) {
		var errors = new ArrayList<FieldError>();
		var name = required(input.name(), "name", 200, errors);
		var kind = input.kind() == null ? null : input.kind().strip().toLowerCase(Locale.ROOT);
		if (kind == null || !KINDS.contains(kind)) {
			errors.add(new FieldError("kind", "must be processor, authority or partner"));
		}
		var entity = required(input.legalEntity(), "legalEntity", 300, errors);
		var country = input.country() == null ? "" : input.country().strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			errors.add(new FieldError("country", "must be an ISO 3166-1 alpha-2 country code such as DE or US"));
		}
		var safeguard = optional(input.safeguard(), "safeguard", 300, errors);
		if (COUNTRIES.contains(country) && TransferCountries.thirdCountry(country) && safeguard == null) {
			errors.add(new FieldError("safeguard", "must name the safeguard of a transfer to " + country
					+ " (outside the EU/EEA and adequacy countries), such as SCC 2021/914"));
		}
		var contract = optional(input.contractReference(), "contractReference", 200, errors);
		if (!"authority".equals(kind) && contract == null) {
			errors.add(new FieldError("contractReference", "is required for processors and partners (contract or DPA)"));
		}
		var email = optional(input.contactEmail(), "contactEmail", 254, errors);
		if (email != null && !CustomerField.EMAIL.validate(email).isValid()) {
			errors.add(new FieldError("contactEmail", "is not a valid email address"));
		}
		var allowed = purposes(input.purposes(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new RecipientInput(name, kind, entity, country, safeguard, contract, input.contractExpires(),
				email == null ? null : email.toLowerCase(Locale.ROOT), input.active() == null || input.active(), allowed);
	}

	private Map<String, List<String>> purposes(Map<String, List<String>> given, List<FieldError> errors) {
		var allowed = new LinkedHashMap<String, List<String>>();
		given.forEach((name, fields) -> {
			var at = "purposes." + name;
			var purpose = purposes.find(name);
			if (purpose.isEmpty()) {
				errors.add(new FieldError(at, "is not a registered purpose"));
				return;
			}
			if (fields == null || fields.isEmpty()) {
				errors.add(new FieldError(at, "must name at least one field (the minimum range)"));
				return;
			}
			var keys = new TreeSet<String>();
			for (var field : fields) {
				var reason = fieldReason(field, purpose.get().categories());
				if (reason != null) {
					errors.add(new FieldError(at, "field " + field + " " + reason));
				}
				else {
					keys.add(field);
				}
			}
			allowed.put(name, List.copyOf(keys));
		});
		return allowed;
	}

	/** Why a field key cannot be allowed for a purpose of these categories, or null. */
	static String fieldReason(String field, Set<String> categories) {
		if (field == null || !(CustomerField.fromKey(field).isPresent()
				|| field.startsWith(CustomerField.ATTRIBUTE_PREFIX) && field.length() > CustomerField.ATTRIBUTE_PREFIX.length())) {
			return "is not a customer field (name, email, phone, company, postalAddress, country, preferredLanguage, attributes.<name>)";
		}
		if (!categories.contains(CustomerField.categoryOf(field))) {
			return "is not used by this purpose (category " + CustomerField.categoryOf(field) + ")";
		}
		return null;
	}

	private static String required(String value, String field, int max, List<FieldError> errors) {
		var checked = optional(value, field, max, errors);
		if (checked == null) {
			errors.add(new FieldError(field, "must not be blank"));
		}
		return checked;
	}

	private static String optional(String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var stripped = value.strip();
		if (stripped.length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
		return stripped;
	}
}
