package io.custodian.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import io.custodian.Chromium;
import io.custodian.TestDatabase;
import io.custodian.TestWebsite;
import io.custodian.site.NewSite;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Matomo's own published {@code matomo.js}, unchanged, on a site whose standard {@code _paq} snippet names Custodian's
 * host: Custodian stores the visit, its pageviews, event, site search and outlink as Matomo would count them.
 * {@code matomo.js} is on no registry this build reaches (not npm, not Maven Central, not Debian): give the file of
 * any Matomo release with {@code -Dcustodian.anchors.matomo-js=/path/to/matomo.js}, or the test is skipped saying so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "custodian.collect.trusted-proxies=127.0.0.1/32,::1/128" })
@ContextConfiguration(initializers = TestDatabase.class)
class PublishedMatomoTrackerBrowserTests {

	private static final String MATOMO_JS = System.getProperty("custodian.anchors.matomo-js",
			System.getenv().getOrDefault("CUSTODIAN_ANCHORS_MATOMO_JS", ""));

	@Value("${local.server.port}")
	int port;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	private TestWebsite website;

	private Chromium chromium;

	private ChromeDriver browser;

	private Site site;

	@BeforeEach
	void start() throws IOException {
		var script = Path.of(MATOMO_JS.isBlank() ? "does-not-exist" : MATOMO_JS);
		Assumptions.assumeTrue(Files.isRegularFile(script), "Matomo's published matomo.js is not given: download a Matomo "
				+ "release (its matomo.js is at the root of the zip) and run with -Dcustodian.anchors.matomo-js=<file>");
		site = sites.register(new NewSite("Shop", List.of("localhost"), "Europe/Berlin", "cookieless", List.of()));
		var pages = new ConcurrentHashMap<String, String>();
		website = TestWebsite.start(port, "91.0.0.77", pages);
		pages.put("/matomo.js", Files.readString(script));
		pages.put("/", page("Home", "<a id=\"next\" href=\"/shoes.html\">Shoes</a>"));
		pages.put("/shoes.html", page("Shoes", """
				<button id="play" onclick="_paq.push(['trackEvent','Videos','Play','Intro',3])">Play</button>
				<button id="search" onclick="_paq.push(['trackSiteSearch','boots','shoes',12])">Search</button>
				<a id="out" href="https://other.example/away">Away</a>"""));
		chromium = Chromium.start();
		browser = chromium.driver();
		browser.executeCdpCommand("Emulation.setUserAgentOverride", java.util.Map.of("userAgent",
				"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"));
	}

	@AfterEach
	void stop() {
		if (chromium != null) {
			chromium.close();
		}
		if (website != null) {
			website.close();
		}
	}

	@Test
	void countsWhatMatomosOwnTrackerSendsWithOnlyTheHostChanged() {
		browser.get(website.url("/"));
		await().atMost(Duration.ofSeconds(15)).until(() -> count("pageview") == 1);
		browser.findElement(By.id("next")).click();
		chromium.awaitTitle("Shoes");
		await().atMost(Duration.ofSeconds(15)).until(() -> count("pageview") == 2);
		browser.findElement(By.id("play")).click();
		browser.findElement(By.id("search")).click();
		browser.executeScript("document.getElementById('out').addEventListener('click', e => e.preventDefault())");
		browser.findElement(By.id("out")).click();

		await().atMost(Duration.ofSeconds(15)).until(() -> count("action") == 3);
		var rows = jdbc.sql("SELECT * FROM events WHERE site_id = :site ORDER BY seq").param("site", site.id()).query()
			.listOfRows();
		assertThat(rows).filteredOn(r -> "pageview".equals(r.get("type"))).extracting(r -> r.get("path"))
			.containsExactly("/", "/shoes.html");
		assertThat(rows).filteredOn(r -> "pageview".equals(r.get("type"))).extracting(r -> r.get("title"))
			.containsExactly("Home", "Shoes");
		assertThat(rows).filteredOn(r -> "action".equals(r.get("type"))).extracting(r -> r.get("action_kind"))
			.containsExactlyInAnyOrder("event", "search", "outbound");
		assertThat(rows).filteredOn(r -> "event".equals(r.get("action_kind"))).extracting(r -> r.get("action_name"))
			.containsExactly("Videos/Play");
		assertThat(rows).filteredOn(r -> "search".equals(r.get("action_kind"))).extracting(r -> r.get("action_name"))
			.containsExactly("boots");
		assertThat(rows).filteredOn(r -> "outbound".equals(r.get("action_kind"))).extracting(r -> r.get("action_target"))
			.containsExactly("https://other.example/away");
		assertThat(rows).extracting(r -> r.get("bot")).containsOnly(false);
		assertThat(rows).extracting(r -> r.get("browser")).doesNotContainNull();
	}

	private long count(String type) {
		return jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site AND type = :type").param("site", site.id())
			.param("type", type).query(Long.class).single();
	}

	private String page(String title, String body) {
		return """
				<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
				<script>
				  var _paq = window._paq = window._paq || [];
				  _paq.push(['trackPageView']);
				  _paq.push(['enableLinkTracking']);
				  (function() {
				    var u="//%s/";
				    _paq.push(['setTrackerUrl', u+'matomo.php']);
				    _paq.push(['setSiteId', '%d']);
				    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
				    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
				  })();
				</script></head><body><h1>%s</h1>%s</body></html>"""
			.formatted(title, website.url("").replace("http://", ""), site.trackingId(), title, body);
	}
}
