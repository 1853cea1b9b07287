package io.custodian.consent;

import java.util.List;

/** A visitor's choice as the banner sends it: granted and denied categories and what caused it. */
public record ConsentDecision(String site, String consentId, List<String> granted, List<String> denied, String cause,
		Integer bannerVersion, Integer statementVersion, String language) {
}
