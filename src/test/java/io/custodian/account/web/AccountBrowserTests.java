package io.custodian.account.web;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.Chromium;
import io.custodian.Mailbox;
import io.custodian.TestDatabase;
import io.custodian.WithMailServer;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.NewCustomer;
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
 * A customer in a real headless Chromium: asks for a sign-in mail, types the code, sees their data, corrects a field,
 * deletes their phone number without a code, and signs out. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class AccountBrowserTests extends WithMailServer {

	@Value("${local.server.port}")
	int port;

	@Autowired
	CustomerVault vault;

	private Chromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
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
	void aCustomerSignsInWithTheCodeCorrectsTheirNameAndDeletesTheirPhone() throws Exception {
		var email = "lin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		vault.register(new NewCustomer(email, "Lin Chen", "+49 30 1234567", null, null, null, null, null, "customer-form",
				java.util.List.of("support"), null));

		browser.get("http://localhost:" + port + "/account");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in to your account");
		chromium.screenshot("account-01-sign-in");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
		var code = Mailbox.find(Mailbox.bodyOf(MAIL, email, "Sign in"), Pattern.compile("sign-in page: (\\d{6})"));
		browser.findElement(By.id("code")).sendKeys(code);
		browser.findElement(By.cssSelector(".pc-code-form button[type=submit]")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("details")));
		assertThat(browser.findElement(By.id("f-name")).getAttribute("value")).isEqualTo("Lin Chen");
		assertThat(browser.findElement(By.id("details")).getText()).contains("Name customer-form support");
		assertThat(browser.findElement(By.id("sessions")).getText()).contains("email-code", "This device");
		chromium.screenshot("account-02-account");

		var name = browser.findElement(By.id("f-name"));
		name.clear();
		name.sendKeys("Lin Chen-Weber");
		browser.findElement(By.cssSelector("#details button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pc-notice"), "saved"));
		assertThat(browser.findElement(By.id("f-name")).getAttribute("value")).isEqualTo("Lin Chen-Weber");
		assertThat(browser.findElement(By.id("details")).getText()).contains("Name customer support");

		browser.findElement(By.cssSelector("label[for=type-deletion]")).click();
		browser.findElement(By.cssSelector("input[name=fields][value=phone]")).click();
		browser.findElement(By.cssSelector("#requests button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pc-notice"), "is recorded"));
		assertThat(browser.findElement(By.id("requests")).getText()).contains("Delete some data", "Completed");
		assertThat(browser.findElement(By.id("f-phone")).getAttribute("value")).isEmpty();
		chromium.screenshot("account-03-after-deletion");

		browser.findElement(By.cssSelector(".acc-head button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pc-notice"), "signed out"));
		browser.get("http://localhost:" + port + "/account");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("email")));
	}
}
