package io.custodian.personaldata;

import java.util.Set;
import java.util.UUID;

/**
 * One person across stores: the customer id, and visitor and consent ids known to be theirs beyond what the stores
 * link to the customer themselves (each store adds the ids it links to the customer id).
 */
public record DataSubject(UUID customerId, Set<String> visitorIds, Set<String> consentIds) {

	public DataSubject {
		visitorIds = Set.copyOf(visitorIds);
		consentIds = Set.copyOf(consentIds);
	}

	/** The customer alone: every store finds the visitor and consent ids it links to them. */
	public static DataSubject customer(UUID customerId) {
		return new DataSubject(customerId, Set.of(), Set.of());
	}
}
