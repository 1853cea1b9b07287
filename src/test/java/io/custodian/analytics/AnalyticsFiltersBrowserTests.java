package io.custodian.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.custodian.Chromium;
import io.custodian.TestDatabase;
import io.custodian.analytics.internal.RollupJob;
import io.custodian.site.NewSite;
import io.custodian.site.Sites;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics dashboard in a real headless Chromium: clicking a breakdown row adds a filter chip and filters every
 * panel, a second click combines two dimensions, removing a chip drops only that filter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class AnalyticsFiltersBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RollupJob rollups;

	private ChromeDriver browser;

	private Chromium chromium;

	private WebDriverWait wait;

	private UUID site;

	@BeforeEach
	void startBrowserWithTraffic() {
		chromium = Chromium.start();
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		var name = "Filters " + UUID.randomUUID().toString().substring(0, 8);
		site = sites.register(new NewSite(name, List.of(name.replace(' ', '-').toLowerCase() + ".example"), "UTC",
				"cookieless", List.of())).id();
		// v1 German Chrome on / and /pricing, v2 German Firefox, v3 French Chrome on / and /about, v4 French Firefox
		pageview("09:00", "v1", "/", "DE", "Chrome");
		pageview("09:01", "v1", "/pricing", "DE", "Chrome");
		pageview("10:00", "v2", "/", "DE", "Firefox");
		pageview("11:00", "v3", "/", "FR", "Chrome");
		pageview("11:02", "v3", "/about", "FR", "Chrome");
		pageview("12:00", "v4", "/about", "FR", "Firefox");
		rollups.catchUpUntil(Instant.now().plusSeconds(1));
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void clickingRowsAddsRemovableFilterChips() {
		var dashboard = "http://localhost:" + port + "/analytics/" + site + "?range=custom&from=2025-01-15&to=2025-01-15";
		browser.get(dashboard);
		wait.until(ExpectedConditions.urlContains("/login"));
		chromium.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		browser.get(dashboard);
		assertThat(kpi("visitors")).isEqualTo("4");
		assertThat(browser.findElements(By.cssSelector(".chip"))).isEmpty();

		browser.findElement(By.cssSelector("[data-panel=locations] [role=tab][data-tab=country]")).click();
		row("country", "DE").click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chip[data-filter=country]")));
		assertThat(browser.findElement(By.cssSelector(".chip[data-filter=country]")).getText()).contains("DE");
		assertThat(kpi("visitors")).isEqualTo("2");
		assertThat(rows("browser")).as("the other breakdowns follow the filter").containsExactly("Chrome", "Firefox");
		chromium.screenshot("analytics-filter-country");

		row("browser", "Chrome").click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chip[data-filter=browser]")));
		assertThat(browser.findElements(By.cssSelector(".chip"))).hasSize(2);
		assertThat(browser.getCurrentUrl()).contains("filter=country%3ADE").contains("filter=browser%3AChrome");
		assertThat(kpi("visitors")).isEqualTo("1");
		assertThat(kpi("pageviews")).isEqualTo("2");
		assertThat(rows("page")).as("pages viewed by German Chrome visitors").containsExactly("/", "/pricing");
		chromium.screenshot("analytics-filter-country-browser");

		browser.findElement(By.cssSelector(".chip[data-filter=country] .remove")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chip"), 1));
		assertThat(browser.findElement(By.cssSelector(".chip")).getAttribute("data-filter")).isEqualTo("browser");
		assertThat(kpi("visitors")).isEqualTo("2");
		assertThat(kpi("pageviews")).isEqualTo("4");
	}

	private String kpi(String id) {
		return browser.findElement(By.cssSelector("[data-kpi=" + id + "] .value")).getText();
	}

	private org.openqa.selenium.WebElement row(String dimension, String value) {
		return browser.findElement(By.xpath("//article[@data-dimension='" + dimension
				+ "']//td[contains(@class, 'value')]/a[contains(., '" + value + "')]"));
	}

	private List<String> rows(String dimension) {
		return browser.findElements(By.cssSelector("article[data-dimension=" + dimension + "] td.value a"))
			.stream().map(a -> a.getText()).toList();
	}

	private void pageview(String time, String visitor, String path, String country, String browserName) {
		jdbc.sql("""
				INSERT INTO events (site_id, occurred_at, ingested_at, type, visitor_id, session_id, pageview_id,
				  cookieless, url, path, country, browser, os, device, bot)
				VALUES (:site, :at, :now, 'pageview', :visitor, :visitor, :pageview, FALSE, :url, :path, :country,
				  :browser, 'Linux', 'desktop', FALSE)""")
			.param("site", site)
			.param("at", OffsetDateTime.parse("2025-01-15T" + time + ":00Z"))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("visitor", visitor)
			.param("pageview", visitor + path)
			.param("url", "https://example.com" + path)
			.param("path", path)
			.param("country", country)
			.param("browser", browserName)
			.update();
	}
}
