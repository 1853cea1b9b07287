package io.custodian.purpose;

import java.util.Set;

/** A granted use of one subject's data for one purpose: which fields, by category and collection purpose. */
public record Permit(Purpose purpose, String subject, Set<String> consentedTo) {

	/** Whether a field of this category, collected for these purposes, may be shown under this permit. */
	public boolean allows(String category, Set<String> collectedFor) {
		if (!purpose.categories().contains(category)) {
			return false;
		}
		return consentedTo.contains(purpose.name()) || collectedFor.stream().anyMatch(purpose::accepts);
	}
}
