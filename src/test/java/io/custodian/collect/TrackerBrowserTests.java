package io.custodian.collect;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.Chromium;
import io.custodian.TestDatabase;
import io.custodian.TestWebsite;
import io.custodian.site.NewSite;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tracker in real headless Chromium on a site served from another origin, behind a reverse proxy that adds
 * {@code X-Forwarded-For} as production proxies do: every field the privacy statement names arrives enriched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "custodian.collect.trusted-proxies=127.0.0.1/32,::1/128" })
@ContextConfiguration(initializers = TestDatabase.class)
class TrackerBrowserTests {

	/**
	 * A visitor on Windows 11, whose Chrome freezes the OS version in the User-Agent ("Windows NT 10.0") and tells
	 * the real one only through Client Hints; headless Chromium would otherwise announce itself and count as a bot.
	 */
	private static final String WINDOWS_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

	/** An address DB-IP places in Germany, standing in for the visitor's public address. */
	private static final String VISITOR_ADDRESS = "91.0.0.77";

	@Value("${local.server.port}")
	int port;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private TestWebsite website;

	private Chromium chromium;

	private ChromeDriver browser;

	private Site site;

	@BeforeEach
	void startWebsiteAndBrowser() throws IOException {
		site = sites.register(new NewSite("Shop", List.of("localhost"), "Europe/Berlin", "cookieless", List.of()));
		website = TestWebsite.start(port, VISITOR_ADDRESS, pages());
		chromium = Chromium.start();
		browser = chromium.driver();
		browser.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", WINDOWS_CHROME,
				"acceptLanguage", "en-US", "userAgentMetadata", Map.of("brands",
						List.of(Map.of("brand", "Google Chrome", "version", "156"), Map.of("brand", "Chromium", "version", "156")),
						"fullVersionList", List.of(Map.of("brand", "Google Chrome", "version", "156.0.7000.1")),
						"platform", "Windows", "platformVersion", "15.0.0", "architecture", "x86", "model", "",
						"mobile", false)));
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
	void collectsEveryFieldOfTheStatementWithoutCookiesBeforeConsent() {
		browser.get(page("/"));
		browser.findElement(By.id("to-shop")).click();
		chromium.awaitTitle("Shoes");
		browser.findElement(By.id("buy")).click();
		Chromium.pause(1500);
		browser.findElement(By.id("to-done")).click();
		chromium.awaitTitle("Thanks");

		assertThat(browser.manage().getCookies()).extracting(Cookie::getName).doesNotContain("_cst_vid", "_cst_sid");
		var shop = await().atMost(Duration.ofSeconds(15)).until(() -> row("pageview", "/shop.html"), r -> r != null);
		assertThat(shop.get("referrer")).isEqualTo(page("/"));
		assertThat(shop.get("title")).isEqualTo("Shoes");
		assertThat((String) shop.get("screen")).matches("\\d{3,5}x\\d{3,5}");
		assertThat(shop.get("language")).isEqualTo("en-US");
		assertThat(shop.get("browser")).isEqualTo("Chrome");
		assertThat(shop.get("browser_version")).isEqualTo("156.0.7000.1");
		assertThat(shop.get("os")).isEqualTo("Windows");
		assertThat(shop.get("os_version")).as(shop.toString()).isEqualTo("11");
		assertThat(shop.get("device")).isEqualTo("desktop");
		assertThat(shop.get("country")).isEqualTo("DE");
		assertThat(shop.get("ip")).isEqualTo("91.0.0.0");
		assertThat(shop.get("occurred_at")).isNotNull();
		assertThat(shop.get("cookieless")).isEqualTo(true);
		assertThat(shop.get("bot")).isEqualTo(false);
		var action = await().atMost(Duration.ofSeconds(15)).until(() -> row("action", "/shop.html"), r -> r != null);
		assertThat(action.get("action_name")).isEqualTo("purchase");
		assertThat((String) action.get("props")).contains("\"plan\":\"pro\"");
		var engagement = await().atMost(Duration.ofSeconds(15)).until(() -> row("engagement", "/shop.html"),
				r -> r != null);
		assertThat((Integer) engagement.get("engaged_ms")).isGreaterThan(1000);
		assertThat(engagement.get("pageview_id")).isEqualTo(shop.get("pageview_id"));
	}

	@Test
	void setsTheVisitorCookieOnlyWithConsentAndRemovesItOnWithdrawal() throws Exception {
		var consentId = grantAnalytics();
		browser.get(page("/"));
		browser.executeScript("custodian.consent({analytics: true}, arguments[0])", consentId);
		browser.manage().addCookie(new Cookie("custodian_consent", URLEncoder.encode(
				"{\"id\":\"" + consentId + "\",\"analytics\":true}", StandardCharsets.UTF_8)));
		browser.findElement(By.id("to-shop")).click();
		chromium.awaitTitle("Shoes");
		var visitor = browser.manage().getCookieNamed("_cst_vid");
		assertThat(visitor).isNotNull();
		var shop = await().atMost(Duration.ofSeconds(15)).until(() -> row("pageview", "/shop.html"), r -> r != null);
		assertThat(shop.get("visitor_id")).isEqualTo(visitor.getValue());
		assertThat(shop.get("consent_id")).isEqualTo(consentId);
		assertThat(shop.get("cookieless")).isEqualTo(false);

		browser.manage().deleteCookieNamed("custodian_consent");
		browser.executeScript("custodian.consent({analytics: false})");
		assertThat(browser.manage().getCookies()).extracting(Cookie::getName).doesNotContain("_cst_vid", "_cst_sid");
		browser.findElement(By.id("to-done")).click();
		chromium.awaitTitle("Thanks");
		var done = await().atMost(Duration.ofSeconds(15)).until(() -> row("pageview", "/done.html"), r -> r != null);
		assertThat(done.get("cookieless")).isEqualTo(true);
		assertThat(done.get("visitor_id")).isNotEqualTo(visitor.getValue());
	}

	private String grantAnalytics() throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/consent/records"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{\"site\":\"" + site.id() + "\",\"granted\":[\"analytics\"]}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		return response.body().replaceAll(".*\"consentId\":\"([^\"]+)\".*", "$1");
	}

	private Map<String, Object> row(String type, String path) {
		return jdbc.sql("SELECT * FROM events WHERE site_id = :site AND type = :type AND path = :path ORDER BY seq")
			.param("site", site.id()).param("type", type).param("path", path).query().listOfRows().stream()
			.findFirst().orElse(null);
	}

	private Map<String, String> pages() {
		return Map.of("/", pageHtml("Home", "<a id=\"to-shop\" href=\"/shop.html\">Shop</a>"),
				"/shop.html", pageHtml("Shoes", "<button id=\"buy\" onclick=\"custodian.track('purchase', {plan: 'pro'})\">Buy</button>"
						+ " <a id=\"to-done\" href=\"/done.html\">Done</a>"),
				"/done.html", pageHtml("Thanks", "<p>Thank you</p>"));
	}

	private String pageHtml(String title, String content) {
		return """
				<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
				<script defer src="/t.js" data-site="%s"></script></head>
				<body><h1>%s</h1>%s</body></html>""".formatted(title, site.id(), title, content);
	}

	private String page(String path) {
		return website.url(path);
	}


}
