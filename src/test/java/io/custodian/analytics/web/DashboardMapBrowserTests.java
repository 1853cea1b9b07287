package io.custodian.analytics.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.Chromium;
import io.custodian.TestDatabase;
import io.custodian.analytics.internal.RollupJob;
import io.custodian.site.NewSite;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's world map in real headless Chromium: countries coloured by visitors, a tooltip per country, and a
 * click on a country that filters the dashboard by it. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class DashboardMapBrowserTests {

	private static final String MAP = "Chart.getChart(document.getElementById('country-map'))";

	private static final String NO_DATA = "#e5e7eb";

	@Value("${local.server.port}")
	int port;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RollupJob rollups;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@Test
	void coloursCountriesByVisitorsAndFiltersTheDashboardByTheClickedCountry() {
		var site = site("Map shop");
		visits(site, Map.of("DE", 3, "US", 2, "FR", 1, "BR", 1, "JP", 1));
		try (var chromium = openDashboard(site)) {
			assertThat(countriesWithVisitors()).isEqualTo("BR:1 DE:3 FR:1 JP:1 US:2");
			assertThat(colour("Germany")).isEqualTo("rgb(30,64,175)");
			assertThat(colour("France")).isNotEqualTo(NO_DATA).isNotEqualTo(colour("Germany"));
			assertThat(colour("Canada")).isEqualTo(NO_DATA);

			chromium.screenshot("analytics-world-map");
			hover("Brazil");
			wait.until(b -> "Brazil: 1 visitor".equals(script("var t = " + MAP + ".tooltip;"
					+ " return t.opacity > 0 && t.body && t.body.length ? t.body[0].lines.join() : null")));
			chromium.screenshot("analytics-world-map-tooltip", browser.findElement(By.cssSelector(".table.geo")));

			var brazilRow = browser.findElement(By.xpath("//article[@data-dimension='country']//a[contains(., 'BR')]"));
			var rowHref = brazilRow.getDomAttribute("href");
			assertThat(rowHref).contains("filter=country%3ABR");
			new Actions(browser).click().perform();
			wait.until(ExpectedConditions.urlContains("filter=country%3ABR"));
			assertThat(browser.getCurrentUrl()).endsWith(rowHref);
			assertThat(browser.findElement(By.cssSelector(".chip[data-filter=country]")).getText()).contains("BR");
			awaitMap();
			assertThat(countriesWithVisitors()).isEqualTo("BR:1");
			chromium.screenshot("analytics-world-map-filtered");
		}
	}

	@Test
	void drawsAGreyMapWithANoteWhenNoCountryIsKnown() {
		try (var chromium = openDashboard(site("Quiet shop"))) {
			assertThat(colour("Germany")).isEqualTo(NO_DATA);
			assertThat(browser.findElement(By.cssSelector(".map figcaption")).getText())
				.isEqualTo("No visitors with a known country in this period");
			browser.findElement(By.cssSelector("[data-panel=locations] [role=tab][data-tab=country]")).click();
			assertThat(browser.findElement(By.cssSelector("article[data-dimension=country] tbody")).getText())
				.isEqualTo("No data");
		}
	}

	private Site site(String name) {
		return sites.register(new NewSite(name, List.of("map-" + UUID.randomUUID().toString().substring(0, 8)
				+ ".example"), "UTC", null, List.of()));
	}

	/**
	 * One pageview per visitor, an hour ago, from each country as often as given, ingested now (the rollup job reads
	 * events in ingestion order: one ingested an hour ago may lie behind what earlier tests counted).
	 */
	private void visits(Site site, Map<String, Integer> visitorsByCountry) {
		var ingested = OffsetDateTime.now(ZoneOffset.UTC);
		var at = ingested.minusHours(1);
		visitorsByCountry.forEach((country, count) -> {
			for (int i = 0; i < count; i++) {
				var visitor = country + "-" + i;
				jdbc.sql("""
						INSERT INTO events (site_id, occurred_at, ingested_at, type, visitor_id, session_id, pageview_id,
						  cookieless, url, path, bot, country, channel, source)
						VALUES (?, ?, ?, 'pageview', ?, ?, ?, false, ?, '/', false, ?, 'direct', 'Direct')""")
					.params(site.id(), at, ingested, visitor, visitor, visitor, "https://" + site.domains().getFirst() + "/",
							country)
					.update();
			}
		});
		rollups.catchUpUntil(Instant.now().plusSeconds(1));
	}

	/** Starts a browser, signs in and waits until the map is drawn; the caller closes the browser. */
	private Chromium openDashboard(Site site) {
		var chromium = Chromium.start();
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.get("http://localhost:" + port + "/analytics/" + site.id());
		chromium.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		awaitMap();
		return chromium;
	}

	private void awaitMap() {
		wait.until(b -> Boolean.TRUE.equals(script("var c = " + MAP + "; return !!c && c.getDatasetMeta(0).data.length > 100")));
	}

	private Object script(String js, Object... arguments) {
		return browser.executeScript(js, arguments);
	}

	/** The countries the map colours, as CODE:VISITORS in alphabetical order. */
	private Object countriesWithVisitors() {
		return script("return " + MAP + ".data.datasets[0].data.filter(d => d.value != null)"
				+ ".map(d => d.area.code + ':' + d.value).sort().join(' ')");
	}

	private String colour(String country) {
		return (String) script("var c = " + MAP + "; var i = c.data.labels.indexOf(arguments[0]);"
				+ " return c.getDatasetMeta(0).data[i].options.backgroundColor", country);
	}

	/** Moves the mouse onto the middle of a country's shape. */
	private void hover(String country) {
		script("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("country-map")));
		@SuppressWarnings("unchecked")
		var point = (Map<String, Number>) script("var c = " + MAP + "; var p = c.getDatasetMeta(0)"
				+ ".data[c.data.labels.indexOf(arguments[0])].getCenterPoint();"
				+ " return {x: p.x - c.canvas.clientWidth / 2, y: p.y - c.canvas.clientHeight / 2}", country);
		new Actions(browser).moveToElement(browser.findElement(By.id("country-map")), point.get("x").intValue(),
				point.get("y").intValue()).perform();
	}

}
