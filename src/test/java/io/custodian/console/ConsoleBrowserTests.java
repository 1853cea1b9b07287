package io.custodian.console;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import io.custodian.Chromium;
import io.custodian.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real headless Chromium: sign in, add a customer, find it by email through a purpose, check the
 * audit chain. Saves a screenshot of every page to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class ConsoleBrowserTests {

	@Value("${local.server.port}")
	int port;

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
	void adminSignsInAddsAndFindsACustomerAndSeesAValidAuditChain() throws IOException {
		var email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

		browser.get(url("/customers"));
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to the console");
		chromium.screenshot("01-login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("wrong password");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/login?error"));
		assertThat(browser.findElement(By.cssSelector(".alert")).getText()).isEqualTo("Wrong username or password");
		chromium.screenshot("02-login-error");

		chromium.signIn("admin", TestDatabase.ADMIN_PASSWORD);

		chromium.nav("Customers");
		browser.findElement(By.cssSelector("#new-customer > summary")).click();
		browser.findElement(By.id("new-email")).sendKeys(email);
		browser.findElement(By.id("new-name")).sendKeys("Ada Lovelace");
		browser.findElement(By.id("new-phone")).sendKeys("+44 20 7946 0000");
		browser.findElement(By.id("new-company")).sendKeys("Analytical Engines Ltd");
		browser.findElement(By.id("new-postalAddress")).sendKeys("12 St James's Square\nLondon SW1Y 4JH");
		browser.findElement(By.id("new-country")).sendKeys("GB");
		browser.findElement(By.id("new-preferredLanguage")).sendKeys("en-GB");
		chromium.screenshot("03-new-customer-form");
		browser.findElement(By.cssSelector("#new-customer button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.value[data-field=email]")));
		assertThat(browser.findElement(By.cssSelector("td.value[data-field=email]")).getText()).isEqualTo(email);
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Customer created");
		chromium.screenshot("04-customer");

		new Select(browser.findElement(By.id("view-purpose"))).selectByValue("product-news");
		browser.findElement(By.cssSelector(".card-head form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("purpose=product-news"));
		chromium.screenshot("05-customer-denied-purpose");

		chromium.nav("Customers");
		browser.findElement(By.id("search-email")).sendKeys(email.toUpperCase());
		new Select(browser.findElement(By.id("search-purpose"))).selectByValue("support");
		browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".result dd[data-field=email]")));
		assertThat(browser.findElement(By.cssSelector(".result dd[data-field=email]")).getText()).isEqualTo(email);
		chromium.screenshot("06-customers-search");

		chromium.nav("Stale data");
		assertThat(browser.findElement(By.tagName("h2")).getText()).contains("not confirmed");
		chromium.screenshot("07-stale");

		chromium.nav("Overview");
		chromium.screenshot("08-overview");

		chromium.nav("Audit");
		WebElement status = browser.findElement(By.id("chain-status"));
		assertThat(status.getText()).contains("valid").doesNotContain("broken");
		assertThat(browser.findElements(By.cssSelector("#audit-entries tbody tr"))).isNotEmpty();
		chromium.screenshot("09-audit");

		chromium.nav("Staff & tokens");
		browser.findElement(By.id("token-name")).sendKeys("Browser test");
		browser.findElement(By.cssSelector("form[action='/staff/tokens'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("token-secret")));
		assertThat(browser.findElement(By.id("token-secret")).getDomProperty("value")).startsWith("cst_");
		chromium.screenshot("10-staff-token");

		browser.findElement(By.id("staff-username")).sendKeys("sam");
		browser.findElement(By.id("staff-display")).sendKeys("Sam Support");
		browser.findElement(By.id("staff-password")).sendKeys("support-password-123");
		new Select(browser.findElement(By.id("staff-role"))).selectByValue("support");
		browser.findElement(By.cssSelector("form[action='/staff'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-table"), "Sam Support"));

		browser.manage().window().setSize(new Dimension(900, 1000));
		chromium.nav("Customers");
		chromium.screenshot("11-customers-900px");
		browser.manage().window().setSize(new Dimension(1440, 1000));

		signOut();
		chromium.signIn("sam", "support-password-123");
		assertThat(browser.findElements(By.xpath("//nav//a[normalize-space(.)='Staff & tokens']"))).isEmpty();
		assertThat(browser.findElements(By.xpath("//nav//a[normalize-space(.)='Audit']"))).isEmpty();
		browser.get(url("/staff"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("have access");
		chromium.screenshot("12-forbidden-for-support");
		browser.get(url("/"));
		signOut();
	}


	private void signOut() {
		browser.findElement(By.cssSelector(".topbar form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}


	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
