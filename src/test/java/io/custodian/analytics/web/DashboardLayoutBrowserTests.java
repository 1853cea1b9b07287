package io.custodian.analytics.web;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.custodian.Chromium;
import io.custodian.TestDatabase;
import io.custodian.analytics.internal.RollupJob;
import io.custodian.site.NewSite;
import io.custodian.site.Sites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard at 1440x900 in a real headless Chromium, with a day of traffic sent through the collection endpoint:
 * key figures, chart and the four main panels' headers on the first screen, rows that filter, details that open the
 * full table, tabs that switch. Saves {@code target/screenshots/dashboard-1440x900.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "custodian.collect.trusted-proxies=127.0.0.1/32,::1/128")
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardLayoutBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	Sites sites;

	@Autowired
	RollupJob rollups;

	private ChromeDriver browser;

	private Chromium chromium;

	private WebDriverWait wait;

	private String dashboard;

	@BeforeAll
	void sendADayOfTraffic() throws Exception {
		var zone = zoneWhereItIsEvening();
		var domain = "fernandmoss-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		var site = sites.register(new NewSite("Fern & Moss", List.of(domain), zone, "cookieless",
				List.of()));
		var traffic = new SampleTraffic(HttpClient.newHttpClient(), "http://localhost:" + port, site.id().toString(),
				domain);
		traffic.send();
		traffic.sendPlausible(24);
		rollups.catchUpUntil(Instant.now().plusSeconds(1));
		dashboard = "http://localhost:" + port + "/analytics/" + site.id() + "?range=today";
		signIn();
	}

	private void signIn() {
		chromium = Chromium.start();
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.get(dashboard);
		wait.until(ExpectedConditions.urlContains("/login"));
		chromium.signIn("admin", TestDatabase.ADMIN_PASSWORD);
	}

	@BeforeEach
	void openDashboard() {
		viewport(1440, 900);
		browser.get(dashboard);
		awaitCharts();
	}

	@AfterAll
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void keyFiguresChartAndPanelHeadersFitTheFirstScreen() throws Exception {
		var screen = ((Number) browser.executeScript("return window.innerHeight")).intValue();
		assertThat(screen).isEqualTo(900);
		for (var kpi : List.of("visitors", "visits", "pageviews", "views-per-visit", "bounce-rate", "visit-duration")) {
			assertThat(bottom(browser.findElement(By.cssSelector("[data-kpi='" + kpi + "']")))).as(kpi).isLessThanOrEqualTo(screen);
		}
		assertThat(bottom(browser.findElement(By.id("analytics-chart")))).isLessThanOrEqualTo(screen);
		for (var panel : List.of("pages", "sources", "locations", "devices")) {
			var head = browser.findElement(By.cssSelector("[data-panel=" + panel + "] .panel-head"));
			assertThat(head.isDisplayed()).isTrue();
			assertThat(bottom(head)).as(panel + " header").isLessThanOrEqualTo(screen);
		}
		assertThat(browser.findElements(By.cssSelector("[data-panel=pages] article[data-dimension=page] td.value a")))
			.as("the top rows of a panel").hasSizeBetween(5, 9);
		assertThat(browser.findElement(By.cssSelector("[data-kpi=visitors] .value")).getText()).isNotEqualTo("0");
		wait.until(d -> !d.findElement(By.cssSelector("[data-live=visitors]")).getText().equals("–"));
		assertThat(browser.findElement(By.cssSelector("[data-live=visitors]")).getText()).containsPattern("^\\d+$");
		assertThat(browser.findElement(By.cssSelector("[data-live-unit]")).getText()).matches("current visitors?");
		Thread.sleep(400);
		var shot = Path.of("target", "screenshots", "dashboard-1440x900.png");
		Files.createDirectories(shot.getParent());
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void clickingARowAddsAFilterChipAndTheFiguresFollow() {
		var before = Long.parseLong(kpi("visitors"));
		var chrome = row("browser", "Chrome");
		var shown = Long.parseLong(chrome.findElement(By.xpath("ancestor::tr/td[contains(@class, 'num')]")).getText());
		assertThat(browser.findElement(By.cssSelector("article[data-dimension=browser] .bar")).getDomAttribute("style"))
			.as("the top row's bar spans the whole row").contains("--share:100.0%");
		chrome.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chip[data-filter=browser]")));
		assertThat(browser.getCurrentUrl()).contains("range=today").contains("filter=browser%3AChrome");
		assertThat(browser.findElement(By.cssSelector(".chip[data-filter=browser]")).getText()).contains("Browser", "Chrome");
		assertThat(Long.parseLong(kpi("visitors"))).isEqualTo(shown).isLessThan(before);
		assertThat(rows("browser")).containsExactly("Chrome");
	}

	@Test
	void detailsOpensTheFullTableSortedAndSearchable() {
		var panelRows = rows("page");
		browser.findElement(By.cssSelector("article[data-dimension=page] .details-link")).click();
		wait.until(ExpectedConditions.urlContains("/details/page"));
		var all = browser.findElements(By.cssSelector(".details-page td.value a")).stream().map(WebElement::getText).toList();
		assertThat(all).hasSizeGreaterThan(panelRows.size()).containsAll(panelRows);
		assertThat(browser.findElements(By.cssSelector(".details-page thead th")).stream().map(WebElement::getText))
			.containsExactly("PAGE", "VISITORS", "VISITS", "PAGEVIEWS", "BOUNCE", "TIME", "EVENTS", "SCROLL");
		assertThat(browser.findElement(By.cssSelector("th[data-column=visitors]")).getDomAttribute("aria-sort"))
			.isEqualTo("descending");
		assertThat(browser.findElement(By.cssSelector(".export")).getDomAttribute("href")).contains("dimension=page");

		browser.findElement(By.cssSelector("th[data-column=value] a")).click();
		wait.until(ExpectedConditions.urlContains("sort=value"));
		var sorted = browser.findElements(By.cssSelector(".details-page td.value a")).stream().map(WebElement::getText).toList();
		assertThat(sorted).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

		browser.findElement(By.id("details-search")).sendKeys("blog\n");
		wait.until(ExpectedConditions.urlContains("q=blog"));
		assertThat(browser.findElements(By.cssSelector(".details-page td.value a")).stream().map(WebElement::getText))
			.isNotEmpty().allMatch(page -> page.contains("/blog"));
	}

	@Test
	void tabsSwitchTheTableOfAPanel() {
		assertThat(browser.findElement(By.id("country-map")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector("article[data-dimension=country]")).isDisplayed()).isFalse();
		tab("country").click();
		assertThat(browser.findElement(By.cssSelector("article[data-dimension=country]")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("country-map")).isDisplayed()).isFalse();
		assertThat(rows("country")).anyMatch(c -> c.contains("(US)"));

		tab("source").click();
		assertThat(browser.findElement(By.cssSelector("article[data-dimension=source]")).isDisplayed()).isTrue();
		assertThat(rows("source")).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("article[data-dimension=channel]")).isDisplayed()).isFalse();

		browser.navigate().refresh();
		awaitCharts();
		assertThat(browser.findElement(By.cssSelector("article[data-dimension=source]")).isDisplayed())
			.as("the chosen tab is remembered").isTrue();

		var chart = "return Chart.getChart(document.getElementById('analytics-chart')).data.datasets[0].label";
		assertThat(browser.executeScript(chart)).isEqualTo("Visitors");
		browser.findElement(By.cssSelector("[data-kpi=pageviews]")).click();
		assertThat(browser.executeScript(chart)).isEqualTo("Pageviews");
		assertThat(browser.findElement(By.cssSelector("[data-kpi=pageviews]")).getDomAttribute("class")).contains("selected");
	}

	/** Sizes the window so that the page itself gets width x height, whatever the browser's own bars take. */
	private void viewport(int width, int height) {
		browser.manage().window().setSize(new Dimension(width, height));
		var bars = ((Number) browser.executeScript("return window.outerHeight - window.innerHeight")).intValue();
		browser.manage().window().setSize(new Dimension(width, height + bars));
	}

	@Test
	void propertiesPanelShowsTheValuesOfAPickedPropertyAndFiltersByOne() {
		var panel = browser.findElement(By.cssSelector("[data-panel=properties]"));
		var names = panel.findElements(By.cssSelector("[role=tab]")).stream().map(WebElement::getText).toList();
		assertThat(names).contains("plan", "billing");
		panel.findElement(By.xpath(".//*[@role='tab'][normalize-space(.)='billing']")).click();
		var billing = panel.findElement(By.cssSelector("article[data-dimension='prop:billing']"));
		assertThat(billing.isDisplayed()).isTrue();
		assertThat(billing.findElements(By.cssSelector("td.value a")).stream().map(WebElement::getText))
			.containsExactlyInAnyOrder("monthly", "yearly");
		assertThat(rows("page").stream().filter(p -> !p.isEmpty())).isNotEmpty();
		assertThat(browser.findElements(By.xpath("//article[@data-dimension='page']//td[3][contains(., '%')]")))
			.as("scroll depth of pages read through Plausible's script").isNotEmpty();

		billing.findElement(By.xpath(".//td[contains(@class, 'value')]/a[normalize-space(.)='yearly']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chip[data-filter='prop:billing']")));
		assertThat(browser.findElement(By.cssSelector(".chip[data-filter='prop:billing']")).getText())
			.contains("billing", "yearly");
		assertThat(Long.parseLong(kpi("visitors"))).isBetween(1L, 24L);
	}

	private WebElement tab(String id) {
		return browser.findElement(By.cssSelector("[role=tab][data-tab='" + id + "']"));
	}

	private void awaitCharts() {
		wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
				"return !!window.Chart && !!Chart.getChart(document.getElementById('analytics-chart'))")));
	}

	private long bottom(WebElement element) {
		return ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom", element)).longValue();
	}

	private String kpi(String id) {
		return browser.findElement(By.cssSelector("[data-kpi=" + id + "] .value")).getText();
	}

	private WebElement row(String dimension, String value) {
		return browser.findElement(By.xpath("//article[@data-dimension='" + dimension
				+ "']//td[contains(@class, 'value')]/a[normalize-space(.)='" + value + "']"));
	}

	private List<String> rows(String dimension) {
		return browser.findElements(By.cssSelector("article[data-dimension=" + dimension + "] td.value a"))
			.stream().map(WebElement::getText).toList();
	}

	/** A fixed-offset zone where it is about nine in the evening, so the last twenty hours are all "today". */
	private static String zoneWhereItIsEvening() {
		var hour = Instant.now().atOffset(ZoneOffset.UTC).getHour();
		var offset = Math.floorMod(21 - hour + 12, 24) - 12;
		return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
	}
}
