package io.custodian.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import io.custodian.Chromium;
import io.custodian.TestDatabase;
import io.custodian.analytics.internal.RollupJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tour of the sites, analytics and consent pages in a real headless Chromium: register a site through the form,
 * send it some traffic and consent decisions, then visit every page. Saves screenshots to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "custodian.collect.trusted-proxies=127.0.0.1/32,::1/128")
@ContextConfiguration(initializers = TestDatabase.class)
class ConsoleTourBrowserTests {

	private static final Pattern CONSENT_ID = Pattern.compile("\"consentId\"\\s*:\\s*\"([^\"]+)\"");

	private static final String[] BROWSERS = {
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
			"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1" };

	private static final String[] ADDRESSES = { "91.0.0.77", "91.12.34.56", "2.2.2.2", "81.2.69.142", "62.40.1.1",
			"85.10.20.30", "193.0.0.1", "31.13.64.1" };

	private static final String[] PAGES = { "/", "/", "/pricing", "/blog/privacy-by-design", "/", "/docs", "/pricing",
			"/contact" };

	private static final String[] REFERRERS = { "https://www.google.com/", "", "https://duckduckgo.com/",
			"https://news.ycombinator.com/", "", "https://www.linkedin.com/", "https://www.google.com/", "" };

	@Value("${local.server.port}")
	int port;

	@Autowired
	RollupJob rollups;

	private final HttpClient http = HttpClient.newHttpClient();

	private ChromeDriver browser;

	private Chromium chromium;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws IOException {
		chromium = Chromium.start();
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void sitesAnalyticsAndConsentPages() throws Exception {
		browser.get(url("/sites"));
		wait.until(ExpectedConditions.urlContains("/login"));
		chromium.signIn("admin", TestDatabase.ADMIN_PASSWORD);

		// Sites: register through the form and see the snippets
		chromium.nav("Sites");
		if (browser.findElements(By.cssSelector("#new-site[open]")).isEmpty()) {
			browser.findElement(By.cssSelector("#new-site > summary")).click();
		}
		browser.findElement(By.id("new-name")).sendKeys("Green Leaf Shop");
		browser.findElement(By.id("new-domains")).sendKeys("greenleaf.example\nshop.greenleaf.example");
		browser.findElement(By.id("new-zone")).clear();
		browser.findElement(By.id("new-zone")).sendKeys("Europe/Berlin");
		browser.findElement(By.id("new-excluded")).sendKeys("203.0.113.0/24");
		browser.findElement(By.cssSelector("#new-site button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("snippets")));
		var site = browser.findElement(By.id("site-id")).getText();
		assertThat(browser.findElement(By.id("snippet-tracker")).getDomProperty("value"))
			.containsPattern("/t-[0-9a-f]{32}\\.js\" data-site=\"" + site + "\"");
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("registered");
		chromium.screenshot("20-site-snippets");

		// Traffic and consent decisions through the public endpoints
		sendTraffic(site);
		Thread.sleep(5);
		rollups.catchUpUntil(Instant.now());
		String consentId = null;
		String[][] decisions = { { "analytics" }, { "analytics", "marketing" }, {}, { "analytics", "preferences" },
				{ "preferences" }, { "analytics", "preferences", "marketing", "social" }, {} };
		for (var granted : decisions) {
			var body = "{\"site\":\"" + site + "\",\"granted\":[" + (granted.length == 0 ? ""
					: "\"" + String.join("\",\"", granted) + "\"") + "],\"cause\":\"click\",\"language\":\"de\"}";
			var response = post("/api/v1/consent/records", body, "text/plain", BROWSERS[0], ADDRESSES[0]);
			assertThat(response.statusCode()).isEqualTo(201);
			var matcher = CONSENT_ID.matcher(response.body());
			if (consentId == null && matcher.find()) {
				consentId = matcher.group(1);
			}
		}

		// Analytics inside the console layout
		chromium.nav("Analytics");
		if (browser.findElements(By.id("analytics-chart")).isEmpty()) {
			browser.findElement(By.partialLinkText("Green Leaf Shop")).click();
		}
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("analytics-chart")));
		assertThat(browser.findElements(By.cssSelector("aside.sidebar"))).isNotEmpty();
		wait.until(d -> !d.findElement(By.cssSelector("[data-live=visitors]")).getText().equals("–"));
		assertThat(browser.findElement(By.cssSelector("[data-kpi=pageviews] .value")).getText()).isNotEqualTo("0");
		Thread.sleep(1200);
		chromium.screenshot("21-analytics-dashboard");

		// Consent: banner settings with the live preview
		chromium.nav("Consent");
		browser.findElement(By.partialLinkText("Green Leaf Shop")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("banner-preview")));
		var title = browser.findElement(By.id("text-en-title"));
		title.clear();
		title.sendKeys("Cookies? Only with your yes");
		assertThat(browser.findElement(By.cssSelector("#banner-preview [data-preview-target=title]")).getText())
			.isEqualTo("Cookies? Only with your yes");
		browser.findElement(By.id("privacy-url")).sendKeys("https://greenleaf.example/privacy");
		browser.findElement(By.cssSelector("#banner-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(browser.findElement(By.cssSelector("#banner-preview [data-preview-target=title]")).getText())
			.isEqualTo("Cookies? Only with your yes");
		chromium.screenshot("22-consent-banner-preview");
		browser.findElement(By.cssSelector("[data-preview-lang=de]")).click();
		assertThat(browser.findElement(By.cssSelector("#banner-preview [data-preview-target=acceptAll]")).getText())
			.isEqualTo("Alle akzeptieren");

		// Cookie declaration
		browser.findElement(By.linkText("Cookie declaration")).click();
		browser.findElement(By.cssSelector("#new-cookie > summary")).click();
		browser.findElement(By.id("cookie-name")).sendKeys("_pk_ses");
		browser.findElement(By.id("cookie-provider")).sendKeys("Green Leaf Shop <Matomo>");
		browser.findElement(By.id("cookie-duration")).sendKeys("30 minutes");
		browser.findElement(By.id("cookie-purpose")).sendKeys("Holds the current visit for our own statistics.");
		browser.findElement(By.cssSelector("#new-cookie button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cookie-table"), "Green Leaf Shop <Matomo>"));
		chromium.screenshot("23-consent-cookies");

		// Privacy statement versions and a diff
		browser.findElement(By.linkText("Privacy statement")).click();
		publish("Green Leaf Shop privacy statement\n\nWe measure visits with our own statistics.\nWe keep data for 13 months.\nContact: privacy@greenleaf.example", null);
		publish("Green Leaf Shop privacy statement\n\nWe measure visits with our own statistics.\nWe keep data for 25 months.\nWe show ads with partners.\nContact: privacy@greenleaf.example", "marketing");
		chromium.screenshot("24-consent-statements");
		browser.findElements(By.linkText("View diff")).getFirst().click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statement-diff")));
		assertThat(browser.findElement(By.cssSelector("#statement-diff .add")).getText()).startsWith("+");
		chromium.screenshot("25-consent-statement-diff");

		// Statistics
		browser.findElement(By.linkText("Statistics")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("consent-chart")));
		Thread.sleep(1200);
		chromium.screenshot("26-consent-statistics");

		// Receipts
		browser.findElement(By.linkText("Receipts")).click();
		browser.findElement(By.id("consent-id")).sendKeys(consentId);
		browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipts")));
		assertThat(browser.findElement(By.id("receipts")).getText()).contains("verified");
		assertThat(browser.findElement(By.id("consent-chain")).getText()).contains("intact");
		chromium.screenshot("27-consent-receipts");

		// Site token
		browser.findElement(By.linkText("Site token")).click();
		browser.findElement(By.cssSelector("form[data-confirm] button[type=submit]")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("site-token")));
		assertThat(browser.findElement(By.id("site-token")).getDomProperty("value")).startsWith("cst_site_");
		chromium.screenshot("28-consent-token");
	}

	private void publish(String body, String category) {
		var area = browser.findElement(By.id("statement-body"));
		area.clear();
		area.sendKeys(body);
		if (category != null) {
			browser.findElement(By.cssSelector("input[name=categories][value=" + category + "]")).click();
		}
		browser.findElement(By.cssSelector("#statement-body")).submit();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
	}

	private void sendTraffic(String site) throws Exception {
		for (int visitor = 0; visitor < ADDRESSES.length; visitor++) {
			var pages = 1 + visitor % 3;
			for (int p = 0; p < pages; p++) {
				var path = PAGES[(visitor + p * 3) % PAGES.length];
				var referrer = p == 0 ? REFERRERS[visitor] : "https://greenleaf.example" + PAGES[visitor];
				var body = "{\"site\":\"" + site + "\",\"type\":\"pageview\",\"url\":\"https://greenleaf.example" + path
						+ "\",\"title\":\"Green Leaf " + path + "\",\"referrer\":\"" + referrer
						+ "\",\"screen\":\"1440x900\",\"language\":\"" + (visitor % 2 == 0 ? "de-DE" : "en-US") + "\"}";
				var response = post("/api/v1/collect", body, "text/plain", BROWSERS[visitor % BROWSERS.length],
						ADDRESSES[visitor]);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
			}
		}
	}

	private HttpResponse<String> post(String path, String body, String type, String userAgent, String address)
			throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", type)
			.header("User-Agent", userAgent).header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}



	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
