package io.custodian.consent.web;

/** The add-cookie form as posted. */
record CookieForm(String name, String provider, String party, String duration, String category, String purpose) {

	static CookieForm empty() {
		return new CookieForm("", "", "first", "", "analytics", "");
	}
}
