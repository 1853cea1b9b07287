package io.custodian.purpose;

import java.util.Set;

/** What the guard needs to know of a data subject: restriction, what the data was collected for, consents. */
public record SubjectState(String subject, boolean restricted, Set<String> collectedFor, Set<String> consentedTo) {

	public SubjectState {
		collectedFor = Set.copyOf(collectedFor);
		consentedTo = Set.copyOf(consentedTo);
	}
}
