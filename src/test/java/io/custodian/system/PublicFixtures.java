package io.custodian.system;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** What the public endpoints refer to, created as a real installation would: a site, a consent record, a request. */
final class PublicFixtures {

	/** Sends JSON, as the admin or anonymously. */
	@FunctionalInterface
	interface Client {

		HttpResponse<String> send(String method, String path, String json, boolean asAdmin) throws Exception;
	}

	private final Client client;

	private final JsonMapper json = JsonMapper.builder().build();

	PublicFixtures(Client client) {
		this.client = client;
	}

	/** Placeholder name to value: site, trackingId, consentId, requestId, token. */
	Map<String, String> create() throws Exception {
		var fixtures = new LinkedHashMap<String, String>();
		var site = json.readTree(expect(201, client.send("POST", "/api/v1/sites",
				"{\"name\":\"Shop\",\"domains\":[\"shop.example\"],\"timeZone\":\"Europe/Berlin\"}", true)));
		fixtures.put("site", site.get("id").asString());
		fixtures.put("trackingId", site.get("trackingId").asString());
		var consent = json.readTree(expect(201, client.send("POST", "/api/v1/consent/records",
				"{\"site\":\"%s\",\"granted\":[\"analytics\"],\"denied\":[\"marketing\"]}".formatted(fixtures.get("site")),
				false)));
		fixtures.put("consentId", consent.get("consentId").asString());
		var request = json.readTree(expect(202, client.send("POST", "/api/v1/privacy-requests",
				"{\"email\":\"ada@example.com\",\"type\":\"access\"}", false)));
		fixtures.put("requestId", request.get("id").asString());
		fixtures.put("token", UUID.randomUUID().toString().replace("-", ""));
		return fixtures;
	}

	private static String expect(int status, HttpResponse<String> response) {
		if (response.statusCode() != status) {
			throw new IllegalStateException("Fixture answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}
}
