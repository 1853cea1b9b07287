package io.custodian.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A recipient as staff enter it: kind is processor, authority or partner; purposes maps each allowed purpose to the
 * customer field keys it may receive ({@code name}, {@code postalAddress}, {@code attributes.<name>}…).
 */
public record RecipientInput(String name, String kind, String legalEntity, String country, String safeguard,
		String contractReference, LocalDate contractExpires, String contactEmail, Boolean active,
		Map<String, List<String>> purposes) {

	public RecipientInput {
		purposes = purposes == null ? Map.of() : purposes;
	}
}
