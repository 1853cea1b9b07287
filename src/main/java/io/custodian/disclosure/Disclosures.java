package io.custodian.disclosure;

import java.util.List;
import java.util.UUID;

/**
 * Discloses customer data to a recipient within its minimum range, after checking the recipient is active, its
 * contract in force, the purpose allowed for it and the legal basis; records every disclosure per customer in one
 * transaction with the audit chain. Refusals are 4xx problems naming the reason, with nothing disclosed or recorded.
 */
public interface Disclosures {

	DisclosureResult disclose(UUID recipientId, DisclosureRequest request);

	List<DisclosureEntry> ofCustomer(UUID customerId);

	List<DisclosureEntry> ofRecipient(UUID recipientId, int limit);

	/** The newest disclosures to any recipient, per customer; only those for the purpose when it is not null. */
	List<DisclosureEntry> latest(String purpose, int limit);
}
