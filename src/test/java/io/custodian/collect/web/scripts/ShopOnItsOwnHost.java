package io.custodian.collect.web.scripts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.custodian.Chromium;
import io.custodian.TestWebsite;
import io.custodian.site.NewSite;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shop at {@code http://NAME.test:PORT} whose pages load a tracker from Custodian at {@code http://stats.test:PORT},
 * as a site that only changed the host in its snippet; Chromium (a desktop Chrome, not flagged as automated) resolves
 * both names to this machine.
 */
final class ShopOnItsOwnHost implements AutoCloseable {

	private static final String WINDOWS_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

	final Site site;

	final String host;

	final String stats;

	final ChromeDriver browser;

	private final int port;

	private final JdbcClient jdbc;

	private final Chromium chromium;

	private final TestWebsite website;

	private ShopOnItsOwnHost(int port, Site site, JdbcClient jdbc, Map<String, String> pages) {
		this.port = port;
		this.host = site.primaryDomain();
		this.site = site;
		this.jdbc = jdbc;
		this.stats = "http://stats.test:" + port;
		this.website = TestWebsite.start(port, "91.0.0.77", pages);
		this.chromium = Chromium.start("--host-resolver-rules=MAP *.test 127.0.0.1",
				"--disable-blink-features=AutomationControlled");
		this.browser = chromium.driver();
		browser.executeCdpCommand("Emulation.setUserAgentOverride",
				Map.of("userAgent", WINDOWS_CHROME, "acceptLanguage", "en-US"));
	}

	/**
	 * Registers the shop on its own host name (each test its own, as sites are found by domain) and opens a browser;
	 * {@code pages} maps paths to HTML, given Custodian's origin.
	 */
	static ShopOnItsOwnHost start(int port, Sites sites, JdbcClient jdbc, String host,
			Function<ShopOnItsOwnHost.Hosts, Map<String, String>> pages) {
		var site = sites.register(new NewSite("Shop", List.of(host), "Europe/Berlin", "cookieless", List.of()));
		return new ShopOnItsOwnHost(port, site, jdbc, pages.apply(new Hosts("http://stats.test:" + port, site)));
	}

	String page(String path) {
		return website.url(path).replace("localhost", host);
	}

	void open(String path) {
		browser.get(page(path));
	}

	void awaitTitle(String title) {
		chromium.awaitTitle(title);
	}

	/** The first stored event of this type on this path that matches, waiting for it. */
	Map<String, Object> stored(String type, String path, Function<Map<String, Object>, Boolean> matching) {
		return await().atMost(Duration.ofSeconds(15)).until(() -> rows(type, path).stream().filter(matching::apply)
			.findFirst().orElse(null), r -> r != null);
	}

	Map<String, Object> stored(String type, String path) {
		return stored(type, path, r -> true);
	}

	List<Map<String, Object>> rows(String type, String path) {
		return jdbc.sql("SELECT * FROM events WHERE site_id = :site AND type = :type AND path = :path ORDER BY seq")
			.param("site", site.id()).param("type", type).param("path", path).query().listOfRows();
	}

	List<Map<String, Object>> all() {
		return jdbc.sql("SELECT * FROM events WHERE site_id = :site ORDER BY seq").param("site", site.id()).query()
			.listOfRows();
	}

	/** Records analytics consent at Custodian and sets the consent manager's cookie on the shop, as consent.js does. */
	String grantAnalytics() throws Exception {
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
				+ "/api/v1/consent/records"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{\"site\":\"" + site.id() + "\",\"granted\":[\"analytics\"]}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		var id = response.body().replaceAll(".*\"consentId\":\"([^\"]+)\".*", "$1");
		browser.manage().addCookie(new Cookie("custodian_consent",
				URLEncoder.encode("{\"id\":\"" + id + "\",\"analytics\":true}", StandardCharsets.UTF_8)));
		return id;
	}

	@Override
	public void close() {
		chromium.close();
		website.close();
	}

	/** What a page needs to know: Custodian's origin and the registered site. */
	record Hosts(String stats, Site site) {
	}
}
