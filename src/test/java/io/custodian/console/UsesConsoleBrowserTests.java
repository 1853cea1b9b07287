package io.custodian.console;

import java.util.List;
import java.util.UUID;

import io.custodian.ConsoleBrowserTest;
import io.custodian.TestDatabase;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.NewCustomer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console pages of the uses for the stated purposes in a real headless Chromium: open a support case for a
 * customer, start a survey, look at the shipments. Saves screenshots to {@code target/screenshots/uses-*.png}.
 */
class UsesConsoleBrowserTests extends ConsoleBrowserTest {

	@Autowired
	CustomerVault vault;

	@Test
	void staffOpenASupportCaseStartASurveyAndSeeTheShipments() {
		var email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		var ada = vault.register(new NewCustomer(email, "Ada Tester", "+49 30 1234567", null, null, "DE", "de-DE", null,
				"staff", List.of("support"), List.of()));
		var slug = "nps-" + UUID.randomUUID().toString().substring(0, 6);

		browser.get(url("/support"));
		chromium.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		chromium.nav("Support");
		browser.findElement(By.id("customerId")).sendKeys(ada.toString());
		browser.findElement(By.id("subject")).sendKeys("The printer smokes");
		browser.findElement(By.id("message")).sendKeys("Since this morning, grey smoke.");
		browser.findElement(By.cssSelector("form[action='/support'][method=post] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
		assertThat(browser.findElement(By.id("case-heading")).getText()).contains("The printer smokes");
		assertThat(browser.findElement(By.id("customer-fields")).getText()).contains("Ada Tester");
		chromium.screenshot("uses-01-support-case");
		chromium.nav("Support");
		assertThat(browser.findElement(By.id("cases")).getText()).contains("The printer smokes");
		chromium.screenshot("uses-02-support-cases");

		chromium.nav("Opinions");
		browser.findElement(By.id("slug")).sendKeys(slug);
		browser.findElement(By.id("title")).sendKeys("How are we doing?");
		browser.findElement(By.cssSelector("form[action='/opinions'] button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/opinions/"));
		chromium.screenshot("uses-03-survey-draft");
		chromium.nav("Opinions");
		assertThat(browser.findElement(By.id("surveys")).getText()).contains("How are we doing?");
		chromium.screenshot("uses-04-surveys");

		chromium.nav("Shipments");
		assertThat(browser.findElement(By.id("new-shipment-heading")).getText()).isNotBlank();
		chromium.screenshot("uses-05-shipments");
	}
}
