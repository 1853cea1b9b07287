package io.custodian.disclosure.internal;

import java.util.Set;

/**
 * Where personal data may go without a further safeguard: the EU, the EEA and the countries with an EU adequacy
 * decision (ISO 3166-1 alpha-2). The United States is left out: its adequacy covers only certified organisations,
 * so a US recipient names its safeguard (Data Privacy Framework certification or SCC).
 */
final class TransferCountries {

	static final Set<String> EU_EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
			"HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

	static final Set<String> ADEQUATE = Set.of("AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH",
			"GB", "UY");

	private TransferCountries() {
	}

	static boolean thirdCountry(String country) {
		return !EU_EEA.contains(country) && !ADEQUATE.contains(country);
	}
}
