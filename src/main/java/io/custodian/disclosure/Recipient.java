package io.custodian.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An organisation that may receive customer data: its kind, legal entity and country (a transfer outside the EU/EEA
 * and adequacy countries names its safeguard), its contract, and per allowed purpose the exact fields it may receive.
 */
public record Recipient(UUID id, String name, String kind, String legalEntity, String country,
		boolean thirdCountry, String safeguard, String contractReference, LocalDate contractExpires,
		String contactEmail, boolean active, Map<String, List<String>> purposes, Integer instructionVersion,
		Instant createdAt, Instant updatedAt) {

	public Recipient {
		purposes = Collections.unmodifiableMap(new TreeMap<>(purposes));
	}

	/** Whether the contract has no expiry or has not expired on the given day. */
	public boolean contractInForce(LocalDate today) {
		return contractExpires == null || !contractExpires.isBefore(today);
	}
}
