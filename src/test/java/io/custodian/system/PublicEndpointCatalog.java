package io.custodian.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every endpoint that answers without sign-in, as registered through {@code PublicEndpoints} beans (collection,
 * tracker scripts, consent, privacy requests and the privacy center) plus the login page and health, with what a
 * well-meaning client sends each. {@code {placeholders}} name {@link PublicFixtures}.
 */
final class PublicEndpointCatalog {

	private static final String HIT = "{\"site\":\"{site}\",\"type\":\"pageview\",\"url\":\"https://shop.example/a?x=1\","
			+ "\"referrer\":\"https://search.example/\",\"screen\":\"1920x1080\",\"title\":\"A\",\"language\":\"en-US\","
			+ "\"props\":{\"plan\":\"pro\"},\"engagedMs\":1200}";

	private static final Map<String, String> MATOMO = form("idsite", "{trackingId}", "rec", "1", "url",
			"https://shop.example/a", "action_name", "Home", "res", "1920x1080", "h", "14", "m", "3", "s", "27", "_id",
			"0123456789abcdef", "pv_id", "abc123", "lang", "de-DE");

	private static final String BULK = "{\"requests\":[\"?idsite={trackingId}&rec=1&url=https%3A%2F%2Fshop.example%2F\","
			+ "{\"idsite\":\"{trackingId}\",\"rec\":\"1\",\"url\":\"https://shop.example/b\"}]}";

	private static final String PLAUSIBLE = "{\"n\":\"pageview\",\"u\":\"https://shop.example/a\",\"d\":\"shop.example\","
			+ "\"r\":\"https://search.example/\",\"w\":1920,\"h\":0,\"p\":{\"plan\":\"pro\",\"n\":1}}";

	private static final String UMAMI = "{\"type\":\"event\",\"payload\":{\"website\":\"{site}\",\"hostname\":\"shop.example\","
			+ "\"url\":\"/a\",\"language\":\"en-US\",\"screen\":\"1920x1080\",\"title\":\"A\",\"referrer\":\"\","
			+ "\"name\":\"signup\",\"data\":{\"plan\":\"pro\"}}}";

	private static final String CONSENT = "{\"site\":\"{site}\",\"consentId\":\"{consentId}\",\"granted\":[\"analytics\"],"
			+ "\"denied\":[\"marketing\"],\"cause\":\"click\",\"bannerVersion\":1,\"statementVersion\":1,\"language\":\"en\"}";

	private static final String REQUEST = "{\"site\":\"{site}\",\"type\":\"correction\",\"email\":\"ada@example.com\","
			+ "\"message\":\"Please\",\"changes\":{\"name\":\"Ada King\"},\"fields\":[\"phone\"],\"identifiers\":[\"cust-1\"],"
			+ "\"language\":\"en\",\"channel\":\"api\"}";

	private static final Map<String, String> REQUEST_FORM = form("email", "ada@example.com", "type", "correction",
			"message", "Please", "change.name", "Ada King", "fields", "phone");

	private PublicEndpointCatalog() {
	}

	static List<PublicEndpoint> all() {
		return List.of(PublicEndpoint.json("POST", "/api/v1/collect", HIT),
				PublicEndpoint.json("POST", "/api/v1/collect", "{\"hits\":[" + HIT + "," + HIT + "]}"),
				PublicEndpoint.jsonAnswering("GET", "/matomo.php").withForm(MATOMO),
				PublicEndpoint.jsonAnswering("POST", "/matomo.php").withForm(MATOMO),
				PublicEndpoint.json("POST", "/matomo.php", BULK),
				PublicEndpoint.jsonAnswering("GET", "/piwik.php").withForm(MATOMO),
				PublicEndpoint.json("POST", "/piwik.php", BULK).withForm(MATOMO),
				PublicEndpoint.json("POST", "/api/event", PLAUSIBLE),
				PublicEndpoint.json("POST", "/api/send", UMAMI),
				PublicEndpoint.page("GET", "/t.js"), PublicEndpoint.page("GET", "/matomo.js"),
				PublicEndpoint.page("GET", "/piwik.js"), PublicEndpoint.page("GET", "/consent.js"),
				PublicEndpoint.jsonAnswering("GET", "/api/v1/consent/sites/{site}/config"),
				PublicEndpoint.json("POST", "/api/v1/consent/records", CONSENT),
				PublicEndpoint.jsonAnswering("GET", "/api/v1/consent/{consentId}/receipts"),
				PublicEndpoint.jsonAnswering("GET", "/api/v1/consent/{consentId}"),
				PublicEndpoint.jsonAnswering("GET", "/.well-known/gpc.json"),
				PublicEndpoint.page("GET", "/consent/{site}/cookies"),
				PublicEndpoint.json("POST", "/api/v1/privacy-requests", REQUEST),
				PublicEndpoint.json("POST", "/api/v1/privacy-requests/{requestId}/verification", "{\"code\":\"123456\"}"),
				PublicEndpoint.jsonAnswering("POST", "/api/v1/privacy-requests/{requestId}/code"),
				PublicEndpoint.jsonAnswering("GET", "/api/v1/privacy-requests/{requestId}/status"),
				PublicEndpoint.jsonAnswering("GET", "/privacy/downloads/{token}"),
				PublicEndpoint.page("GET", "/privacy?lang=en&site={site}"),
				PublicEndpoint.page("POST", "/privacy/requests?lang=en&site={site}", REQUEST_FORM),
				PublicEndpoint.page("GET", "/privacy/requests/{requestId}?lang=de&site={site}"),
				PublicEndpoint.page("POST", "/privacy/requests/{requestId}/verification?lang=en", form("code", "123 456")),
				PublicEndpoint.page("POST", "/privacy/requests/{requestId}/code?lang=en&site={site}"),
				PublicEndpoint.page("GET", "/privacy/downloads/{token}/summary?lang=en"),
				PublicEndpoint.page("GET", "/login"),
				PublicEndpoint.page("POST", "/login", form("username", "fuzz-user", "password", "wrong-password-1")),
				PublicEndpoint.jsonAnswering("GET", "/actuator/health"));
	}

	static PublicEndpoint find(String method, String path) {
		return all().stream().filter(e -> e.method().equals(method) && e.path().equals(path)).findFirst().orElseThrow();
	}

	private static Map<String, String> form(String... namesAndValues) {
		var form = new LinkedHashMap<String, String>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}
}
