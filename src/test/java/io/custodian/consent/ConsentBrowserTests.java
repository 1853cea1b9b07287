package io.custodian.consent;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.custodian.Chromium;
import io.custodian.TestDatabase;
import io.custodian.TestWebsite;
import io.custodian.consent.internal.ConsentAdministration;
import io.custodian.site.NewSite;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The banner and the tracker together in real headless Chromium, on a site that holds analytics until consent
 * ({@code data-mode="none"}), blocks a marketing script and embeds a social iframe behind a placeholder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "custodian.collect.trusted-proxies=127.0.0.1/32,::1/128" })
@ContextConfiguration(initializers = TestDatabase.class)
class ConsentBrowserTests {

	private static final String DESKTOP_CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/156.0.0.0 Safari/537.36";

	@Value("${local.server.port}")
	int port;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsentAdministration administration;

	private TestWebsite website;

	private Chromium chromium;

	private ChromeDriver browser;

	private Site site;

	@BeforeEach
	void start() {
		site = sites.register(new NewSite("Shop", List.of("localhost"), "UTC", "none", List.of()));
		administration.declare(site.id(), new CookieDeclaration(null, "marketing_cookie", "Ad partner", "first",
				"30 days", "marketing", "Measures campaigns", false));
		website = TestWebsite.start(port, "91.0.0.77", Map.of("/", page("Home", "/second.html"), "/second.html",
				page("Second", "/third.html"), "/third.html", page("Third", "/"), "/embed.html",
				"<!doctype html><title>Video</title><p id=video>Video</p>"));
		chromium = Chromium.start("--user-agent=" + DESKTOP_CHROME);
		browser = chromium.driver();
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
	void setsNoCookieAndSendsNoHitBeforeAChoiceNorAfterRejectAll() {
		browser.get(website.url("/"));
		bannerButton("Reject all");
		assertThat(cookieNames()).isEmpty();
		Chromium.pause(1500);
		assertThat(events()).isZero();
		assertThat(browser.executeScript("return window.marketingRan === true")).isEqualTo(false);
		assertThat(browser.findElement(By.id("video-frame")).getAttribute("src")).isNullOrEmpty();

		bannerButton("Reject all").click();
		await().atMost(Duration.ofSeconds(10)).until(() -> records("necessary") == 1);
		assertThat(cookieNames()).containsExactly("custodian_consent");
		browser.findElement(By.id("next")).click();
		chromium.awaitTitle("Second");
		Chromium.pause(1500);
		assertThat(events()).isZero();
		assertThat(cookieNames()).containsExactly("custodian_consent");
	}

	@Test
	void collectsAfterAcceptingAndStopsAfterWithdrawal() {
		browser.get(website.url("/"));
		bannerButton("Accept all").click();
		await().atMost(Duration.ofSeconds(10)).until(() -> browser.manage().getCookieNamed("_cst_vid") != null);
		var visitor = browser.manage().getCookieNamed("_cst_vid").getValue();
		assertThat(browser.executeScript("return window.marketingRan === true")).isEqualTo(true);
		await().atMost(Duration.ofSeconds(10)).until(() -> frameSource().endsWith("/embed.html"));

		browser.findElement(By.id("next")).click();
		chromium.awaitTitle("Second");
		await().atMost(Duration.ofSeconds(15)).until(() -> visitorOf("/second.html") != null);
		assertThat(visitorOf("/second.html")).isEqualTo(visitor);

		browser.executeScript("window.CustodianConsent.showSettings()");
		settingsButton("Reject all").click();
		await().atMost(Duration.ofSeconds(10)).until(() -> browser.manage().getCookieNamed("_cst_vid") == null);
		assertThat(cookieNames()).doesNotContain("_cst_vid", "_cst_sid", "marketing_cookie");
		browser.findElement(By.id("next")).click();
		chromium.awaitTitle("Third");
		Chromium.pause(1500);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site AND path = '/third.html'")
			.param("site", site.id()).query(Long.class).single()).isZero();
	}

	@Test
	void globalPrivacyControlDeniesMarketingWithoutAsking() {
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
				"Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true});"));
		browser.get(website.url("/"));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM consent_records WHERE site_id = :site AND cause = 'gpc' AND denied LIKE '%marketing%'")
			.param("site", site.id()).query(Long.class).single() == 1);
		bannerButton("Accept all").click();
		await().atMost(Duration.ofSeconds(10)).until(() -> browser.manage().getCookieNamed("_cst_vid") != null);
		assertThat(browser.executeScript("return window.marketingRan === true")).isEqualTo(false);
		assertThat(cookieNames()).doesNotContain("marketing_cookie");
	}

	@Test
	void loadsTheSocialEmbedOnlyAfterConsentFromItsPlaceholder() {
		browser.get(website.url("/"));
		bannerButton("Reject all").click();
		await().atMost(Duration.ofSeconds(10)).until(() -> records("necessary") == 1);
		assertThat(frameSource()).isEmpty();
		var load = browser.findElements(By.cssSelector(".cst-embed button")).stream()
			.filter(b -> b.getText().contains("Video")).findFirst().orElseThrow();
		load.click();
		await().atMost(Duration.ofSeconds(10)).until(() -> frameSource().endsWith("/embed.html"));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM consent_records WHERE site_id = :site AND granted LIKE '%social%'")
			.param("site", site.id()).query(Long.class).single() == 1);
	}

	private String page(String title, String next) {
		return """
				<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
				<script src="/consent.js" data-site="%2$s"></script>
				<script defer src="/t.js" data-site="%2$s" data-mode="none"></script>
				<script type="text/plain" data-category="marketing">
				  window.marketingRan = true; document.cookie = "marketing_cookie=1; path=/";
				</script></head>
				<body><h1>%1$s</h1><a id="next" href="%3$s">next</a>
				<iframe id="video-frame" data-src="/embed.html" data-category="social" data-provider="Video"
				        width="320" height="180"></iframe></body></html>""".formatted(title, site.id(), next);
	}

	private WebElement bannerButton(String text) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElements(By.cssSelector(".cst-banner button"))
			.stream().filter(b -> b.isDisplayed() && b.getText().trim().equals(text)).findFirst().orElse(null), b -> b != null);
	}

	private WebElement settingsButton(String text) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElements(By.cssSelector(".cst-modal button"))
			.stream().filter(b -> b.isDisplayed() && b.getText().trim().equals(text)).findFirst().orElse(null), b -> b != null);
	}

	private String frameSource() {
		var src = browser.findElement(By.id("video-frame")).getAttribute("src");
		return src == null ? "" : src;
	}

	private List<String> cookieNames() {
		return browser.manage().getCookies().stream().map(Cookie::getName).sorted().toList();
	}

	private long events() {
		return jdbc.sql("SELECT COUNT(*) FROM events WHERE site_id = :site").param("site", site.id()).query(Long.class)
			.single();
	}

	private long records(String granted) {
		return jdbc.sql("SELECT COUNT(*) FROM consent_records WHERE site_id = :site AND granted = :granted")
			.param("site", site.id()).param("granted", granted).query(Long.class).single();
	}

	private String visitorOf(String path) {
		return jdbc.sql("SELECT visitor_id FROM events WHERE site_id = :site AND path = :path AND type = 'pageview'")
			.param("site", site.id()).param("path", path).query(String.class).optional().orElse(null);
	}
}
