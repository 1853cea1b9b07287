package io.custodian;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/** Records a visitor's decision the way the banner does, for tests that need a genuine consent id. */
public final class Consents {

	private Consents() {
	}

	public static String grant(MockMvcTester mvc, JsonMapper json, String site, String... categories) {
		var granted = String.join("\",\"", categories);
		var result = mvc.post().uri("/api/v1/consent/records").contentType("text/plain")
			.content("""
					{"site":"%s","granted":["%s"],"cause":"click"}""".formatted(site, granted)).exchange();
		if (result.getResponse().getStatus() != 201) {
			throw new IllegalStateException("Consent was not recorded: " + result.getResponse().getStatus());
		}
		return json.readTree(result.getResponse().getContentAsByteArray()).get("consentId").asString();
	}
}
