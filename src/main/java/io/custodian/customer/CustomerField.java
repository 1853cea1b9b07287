package io.custodian.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The standard fields of a customer profile, each with its category and its rule for valid values. */
public enum CustomerField {

	EMAIL("email", "contact", 254), NAME("name", "identity", 200), PHONE("phone", "contact", 32),
	COMPANY("company", "organisation", 200), POSTAL_ADDRESS("postalAddress", "address", 500),
	COUNTRY("country", "address", 2), PREFERRED_LANGUAGE("preferredLanguage", "preferences", 35);

	public static final String ATTRIBUTE_PREFIX = "attributes.";

	public static final String ATTRIBUTE_CATEGORY = "attributes";

	private static final Pattern EMAIL_PATTERN = Pattern
		.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

	private static final Pattern PHONE_PATTERN = Pattern.compile("^\\+?[0-9][0-9 ()./-]{3,30}$");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final String key;

	private final String category;

	private final int maxLength;

	CustomerField(String key, String category, int maxLength) {
		this.key = key;
		this.category = category;
		this.maxLength = maxLength;
	}

	public String key() {
		return key;
	}

	public String category() {
		return category;
	}

	public static Optional<CustomerField> fromKey(String key) {
		return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
	}

	/** The category of a stored field key, standard or attribute. */
	public static String categoryOf(String key) {
		return fromKey(key).map(CustomerField::category).orElse(ATTRIBUTE_CATEGORY);
	}

	/** The value in its stored form, or the reason it is refused. */
	public Validated validate(String raw) {
		var value = raw.strip();
		if (value.isEmpty()) {
			return Validated.refused("must not be blank (send null to remove it)");
		}
		if (value.length() > maxLength) {
			return Validated.refused("must be at most " + maxLength + " characters");
		}
		if (Text.hasControlCharacters(value, this == POSTAL_ADDRESS)) {
			return Validated.refused("must not contain control characters");
		}
		return switch (this) {
			case EMAIL -> EMAIL_PATTERN.matcher(value).matches() ? Validated.ok(value.toLowerCase(Locale.ROOT))
					: Validated.refused("is not a valid email address");
			case PHONE -> PHONE_PATTERN.matcher(value).matches() ? Validated.ok(value)
					: Validated.refused("is not a valid phone number (digits, spaces, + ( ) . / -)");
			case COUNTRY -> COUNTRIES.contains(value.toUpperCase(Locale.ROOT))
					? Validated.ok(value.toUpperCase(Locale.ROOT))
					: Validated.refused("must be an ISO 3166-1 alpha-2 country code such as DE or US");
			case PREFERRED_LANGUAGE -> language(value);
			default -> Validated.ok(value);
		};
	}

	private static Validated language(String value) {
		var locale = Locale.forLanguageTag(value);
		if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(value)) {
			return Validated.refused("must be a BCP 47 language tag such as en or de-AT");
		}
		return Validated.ok(locale.toLanguageTag());
	}

	/** A checked value: the normalized value, or why it was refused. */
	public record Validated(String value, String reason) {

		static Validated ok(String value) {
			return new Validated(value, null);
		}

		static Validated refused(String reason) {
			return new Validated(null, reason);
		}

		public boolean isValid() {
			return reason == null;
		}
	}
}
