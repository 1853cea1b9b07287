package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three days of generated traffic on a new Europe/Berlin site from {@link #FIRST}, across the switch to summer time:
 * 40 visitors (every seventh cookieless), 1-2 sessions each, 1-4 pageviews per session with engagement and actions,
 * and one bot; a third of the visitors in Umami's and a third in Matomo's wire format (their pages without engaged
 * time last until the next event or pageview); rolled up.
 */
final class GeneratedTraffic {

	static final LocalDate FIRST = LocalDate.parse("2025-03-29");

	static final String[] PATHS = { "/", "/pricing", "/blog/a", "/blog/b", "/contact" };

	private final JdbcTemplate template;

	final Site site;

	private GeneratedTraffic(JdbcTemplate template, Site site) {
		this.template = template;
		this.site = site;
	}

	static GeneratedTraffic on(MockMvcTester mvc, JsonMapper json, JdbcTemplate template, Sites sites) {
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Blog","domains":["blog-%s.example"],"timeZone":"Europe/Berlin"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		var id = UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
		return new GeneratedTraffic(template, sites.find(id).orElseThrow());
	}

	/** Generates the three days of traffic from {@code first} (not rolled up yet). */
	GeneratedTraffic generate(LocalDate first) {
		var rows = new ArrayList<Object[]>();
		var random = new Random(7);
		var start = first.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
		for (int v = 0; v < 40; v++) {
			var cookieless = v % 7 == 0;
			var visitor = (cookieless ? "h" : "v") + v;
			var country = pick(random, "DE", "DE", "FR", "AT", null);
			var browser = pick(random, "Chrome", "Chrome", "Firefox", "Safari");
			for (int s = 0, sessions = 1 + random.nextInt(2); s < sessions; s++) {
				var session = cookieless ? visitor : visitor + "-s" + s;
				var at = start.plus(Duration.ofMinutes(random.nextInt(72 * 60)));
				var channel = pick(random, "direct", "search", "social", "campaign");
				var language = pick(random, "de", "en", null);
				for (int p = 0, pages = 1 + random.nextInt(4); p < pages; p++) {
					var pageview = visitor + "-s" + s + "-p" + p;
					var path = pick(random, PATHS);
					var source = p == 0 ? channel : "direct";
					rows.add(row(at, "pageview", visitor, session, pageview, path, source, country, browser, language,
							null, null, false));
					if (random.nextInt(10) < 7) {
						int ms = 1_000 + random.nextInt(15_000);
						rows.add(row(at.plusSeconds(5), "engagement", visitor, session, pageview, path, source, country,
								browser, language, ms / 2, null, false));
						rows.add(row(at.plusSeconds(ms / 1000 + 1), "engagement", visitor, session, pageview, path,
								source, country, browser, language, ms, null, false));
					}
					if (random.nextInt(10) < 2) {
						rows.add(row(at.plusSeconds(20), "action", visitor, session, pageview, path, source, country,
								browser, language, null, pick(random, "Signup", "Download"), false));
					}
					at = at.plusSeconds(30 + random.nextInt(300));
				}
			}
		}
		rows.add(row(start.plusSeconds(3_600), "pageview", "bot", "bot", "bot-p", "/", "direct", "US", "Googlebot",
				null, null, null, true));
		identitiesLeftOut(start, rows);
		insert(rows);
		return this;
	}

	/**
	 * Hits as other trackers may send them: a visitor without a session id (whose second pageview comes from another
	 * country), a pageview id alone, and no id at all.
	 */
	private void identitiesLeftOut(Instant start, List<Object[]> rows) {
		rows.add(row(start.plusSeconds(7_200), "pageview", "v-only", null, "v-only-p0", "/pricing", "search", "DE",
				"Firefox", "de", null, null, false));
		rows.add(row(start.plusSeconds(7_500), "pageview", "v-only", null, "v-only-p1", "/contact", "direct", "AT",
				"Firefox", "de", null, null, false));
		rows.add(row(start.plusSeconds(9_000), "pageview", null, null, "p-only", "/", "social", "DE", "Chrome", null,
				null, null, false));
		rows.add(row(start.plusSeconds(9_030), "engagement", null, null, "p-only", "/", "social", "DE", "Chrome", null,
				4_000, null, false));
		rows.add(row(start.plusSeconds(10_000), "pageview", null, null, null, "/", "direct", "DE", "Safari", null, null,
				null, false));
		rows.add(row(start.plusSeconds(10_100), "pageview", null, null, null, "/contact", "direct", "FR", "Safari", null,
				null, null, false));
	}

	void insert(List<Object[]> rows) {
		template.batchUpdate("""
				INSERT INTO events (site_id, occurred_at, ingested_at, type, visitor_id, session_id, pageview_id,
				  cookieless, url, path, title, source, channel, country, browser, os, device, language, engaged_ms,
				  action_name, bot, wire) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	Object[] row(Instant at, String type, String visitor, String session, String pageview, String path, String channel,
			String country, String browser, String language, Integer engagedMs, String action, boolean bot) {
		return new Object[] { site.id(), RollupJob.utc(at), RollupJob.utc(Instant.now()), type, visitor, session,
				pageview, visitor != null && visitor.startsWith("h"), "https://blog.example" + path, path, "Title of " + path,
				channel.equals("direct") ? null : channel + ".example", channel, country, browser, "Linux", "desktop",
				language, engagedMs, action, bot, wire(visitor) };
	}

	/** A third of the visitors as Umami's tracker sends them, a third as Matomo's, the rest as Custodian's own. */
	private static String wire(String visitor) {
		return visitor == null ? null : new String[] { null, "umami", "matomo" }[Math.floorMod(visitor.hashCode(), 3)];
	}

	@SafeVarargs
	static <T> T pick(Random random, T... values) {
		return values[random.nextInt(values.length)];
	}
}
