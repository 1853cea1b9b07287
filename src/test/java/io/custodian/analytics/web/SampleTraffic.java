package io.custodian.analytics.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Visitors from several countries, browsers and sources, sent as the tracker sends them. */
record SampleTraffic(HttpClient http, String base, String site, String domain) {

	private static final String[] AGENTS = {
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
			"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
			"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0" };

	private static final String[] NETWORKS = { "8.8.8.", "8.8.8.", "8.8.4.", "91.0.0.", "91.0.1.", "81.2.69.", "2.2.2.",
			"193.0.0.", "126.0.0.", "200.160.2.", "8.8.8.", "91.0.2." };

	private static final String[] PAGES = { "/", "/", "/", "/pricing", "/pricing", "/blog/privacy-by-design",
			"/blog/cookieless-analytics", "/docs", "/docs/install", "/docs/api", "/contact", "/about", "/blog",
			"/signup", "/blog/gdpr-checklist" };

	private static final String[] REFERRERS = { "https://www.google.com/", "", "https://www.google.com/",
			"https://duckduckgo.com/", "https://news.ycombinator.com/item?id=1", "", "https://www.bing.com/",
			"https://github.com/custodian", "https://www.linkedin.com/", "https://www.reddit.com/r/privacy/",
			"https://www.google.com/", "https://t.co/x" };

	private static final String[] LANDINGS = { "", "", "", "", "?utm_source=newsletter&utm_medium=email&utm_campaign=december",
			"", "?utm_source=mastodon&utm_campaign=launch", "" };

	void send() throws Exception {
		var now = Instant.now();
		for (int visitor = 0; visitor < 140; visitor++) {
			var at = now.minus(Duration.ofMinutes(visitor < 4 ? 2 : (long) (Math.pow((visitor * 37) % 140 / 140.0, 1.4) * 1190) + 5));
			var address = NETWORKS[(visitor * 7) % NETWORKS.length] + (10 + visitor);
			var agent = AGENTS[(visitor * 5) % AGENTS.length];
			var screen = agent.contains("Mobile") ? "390x844" : visitor % 3 == 0 ? "1920x1080" : "1440x900";
			var pages = 1 + (visitor * 13) % 4;
			for (int p = 0; p < pages; p++) {
				var path = PAGES[(visitor * 3 + p * 5) % PAGES.length];
				var url = "https://" + domain + path + (p == 0 ? LANDINGS[visitor % LANDINGS.length] : "");
				var referrer = p == 0 ? REFERRERS[visitor % REFERRERS.length] : "https://" + domain + "/";
				var pageview = "pv-" + visitor + "-" + p;
				var time = at.plus(Duration.ofSeconds(40L * p));
				post(Map.of("site", site, "type", "pageview", "url", url, "title", "Fern & Moss " + path, "referrer",
						referrer, "screen", screen, "language", visitor % 3 == 0 ? "de-DE" : "en-US", "pageview",
						pageview, "ts", time.toEpochMilli()), agent, address);
				post(Map.of("site", site, "type", "engagement", "url", url, "pageview", pageview, "engagedMs",
						5000 + (visitor * 997) % 60000, "ts", time.plusSeconds(30).toEpochMilli()), agent, address);
			}
			if (visitor % 6 == 0) {
				post(Map.of("site", site, "type", "action", "url", "https://" + domain + "/signup", "ts",
						at.plusSeconds(20).toEpochMilli(), "action", Map.of("name", visitor % 12 == 0 ? "Signup"
								: "Download", "props", Map.of("plan", visitor % 18 == 0 ? "pro" : "free"))), agent,
						address);
			}
		}
	}

	/** Readers sent through Plausible's endpoint: a pageview, how far they scrolled, and a signup with its plan. */
	void sendPlausible(int readers) throws Exception {
		for (int reader = 0; reader < readers; reader++) {
			var agent = AGENTS[(reader * 3) % AGENTS.length];
			var address = NETWORKS[(reader * 5) % NETWORKS.length] + (200 + reader);
			var url = "https://" + domain + PAGES[(reader * 7) % PAGES.length];
			post("/api/event", Map.of("n", "pageview", "u", url, "d", domain, "r",
					REFERRERS[reader % REFERRERS.length]), agent, address);
			post("/api/event", Map.of("n", "engagement", "u", url, "d", domain, "e", 4000 + reader * 900,
					"sd", 20 + (reader * 29) % 81), agent, address);
			if (reader % 3 == 0) {
				post("/api/event", Map.of("n", "Signup", "u", url, "d", domain, "p",
						Map.of("plan", reader % 2 == 0 ? "pro" : "team", "billing", reader % 4 == 0 ? "yearly" : "monthly")),
						agent, address);
			}
		}
	}

	private void post(Map<String, Object> hit, String agent, String address) throws Exception {
		post("/api/v1/collect", hit, agent, address);
	}

	private void post(String path, Map<String, Object> hit, String agent, String address) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "text/plain")
			.header("User-Agent", agent)
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(json(hit)))
			.build();
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
	}

	private static String json(Object value) {
		return new JsonMapper().writeValueAsString(value);
	}
}
