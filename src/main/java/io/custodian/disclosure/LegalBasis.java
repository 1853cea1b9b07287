package io.custodian.disclosure;

import java.util.Arrays;
import java.util.Optional;

/** The legal basis a disclosure rests on (GDPR Art. 6(1)); consent is checked against the customer's consents. */
public enum LegalBasis {

	CONSENT("consent"), CONTRACT("contract"), LEGAL_OBLIGATION("legal-obligation"),
	LEGITIMATE_INTEREST("legitimate-interest");

	private final String id;

	LegalBasis(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<LegalBasis> fromId(String id) {
		return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst();
	}
}
