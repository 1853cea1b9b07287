package io.custodian.personaldata;

import java.util.Set;
import java.util.UUID;

/** One person across stores: the customer id and the visitor, consent and SNS ids proven to be theirs. */
public record DataSubject(UUID customerId, Set<String> visitorIds, Set<String> consentIds, Set<String> socialAccounts) {

	public DataSubject {
		visitorIds = Set.copyOf(visitorIds);
		consentIds = Set.copyOf(consentIds);
		socialAccounts = Set.copyOf(socialAccounts);
	}

	public static DataSubject customer(UUID customerId) {
		return new DataSubject(customerId, Set.of(), Set.of(), Set.of());
	}
}
