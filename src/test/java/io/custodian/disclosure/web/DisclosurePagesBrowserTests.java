package io.custodian.disclosure.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.custodian.ConsoleBrowserTest;
import io.custodian.TestDatabase;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.NewCustomer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure register's console pages in a real headless Chromium: register a shipping processor through the
 * form, disclose two customers to it for gifts, and find the disclosure in the recipient's log, the disclosure log,
 * the customer's disclosures and the record of processing. Saves screenshots to {@code target/screenshots/disclosure-*.png}.
 */
class DisclosurePagesBrowserTests extends ConsoleBrowserTest {

	@Autowired
	CustomerVault vault;

	@Test
	void privacyOfficerRegistersAProcessorDisclosesAndFindsItInEveryLog() {
		var ada = customer("ada");
		var grace = customer("grace");
		var name = "Parcel Express " + UUID.randomUUID().toString().substring(0, 6);

		browser.get(url("/recipients"));
		chromium.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		chromium.nav("Disclosures");
		chromium.screenshot("disclosure-01-recipients");
		register(name, "processor", "gifts: name, postalAddress, phone", "disclosure-02-new-recipient");

		browser.findElement(By.cssSelector("#disclose > summary")).click();
		new Select(browser.findElement(By.id("d-purpose"))).selectByValue("gifts");
		new Select(browser.findElement(By.id("d-basis"))).selectByValue("contract");
		browser.findElement(By.id("d-customers")).sendKeys(ada + "\n" + grace);
		browser.findElement(By.cssSelector("#disclose button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disclosure-result")));
		var result = browser.findElement(By.id("disclosure-result")).getText();
		assertThat(result).contains("2 customer(s) disclosed", "Ada Tester", "Grace Tester", "+49 30 1234567")
			.doesNotContain("@example.com");
		assertThat(browser.findElements(By.cssSelector("#recipient-log tbody tr"))).hasSize(2);
		assertThat(browser.findElement(By.id("recipient-log")).getText()).contains("staff:admin", "gifts", "contract");
		chromium.screenshot("disclosure-03-disclosed");

		browser.get(url("/recipients"));
		browser.findElement(By.linkText("Disclosure log")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("disclosure-log")));
		new Select(browser.findElement(By.id("log-purpose"))).selectByValue("gifts");
		browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("purpose=gifts"));
		assertThat(browser.findElement(By.id("disclosure-log")).getText()).contains(name, ada.toString(), grace.toString());
		chromium.screenshot("disclosure-04-log");

		browser.get(url("/customers/" + ada + "/disclosures"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customer-disclosures")));
		assertThat(browser.findElement(By.id("customer-disclosures")).getText()).contains(name, "gifts", "postalAddress");
		chromium.screenshot("disclosure-05-customer-log");

		browser.get(url("/record-of-processing"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rop-recipient-table")));
		assertThat(browser.findElement(By.id("rop-recipient-table")).getText()).contains(name, "DE");
		chromium.screenshot("disclosure-06-record-of-processing");
	}

	@Test
	void privacyOfficerTakesALegalDemandFromReceiptToDecisionAndPackage() {
		var ada = customer("ada");
		var authority = "LKA Berlin " + UUID.randomUUID().toString().substring(0, 6);
		var reference = "ST-" + UUID.randomUUID().toString().substring(0, 4) + "/26";

		browser.get(url("/recipients"));
		chromium.signIn("admin", TestDatabase.ADMIN_PASSWORD);
		browser.get(url("/recipients"));
		register(authority, "authority", "legal-obligation: name, email, postalAddress", "demand-00-authority");
		browser.get(url("/recipients"));
		browser.findElement(By.linkText("Legal demands")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demands-heading")));
		browser.findElement(By.linkText("New demand")).click();
		new Select(browser.findElement(By.id("m-recipient"))).selectByVisibleText(authority);
		browser.findElement(By.id("m-reference")).sendKeys(reference);
		browser.findElement(By.id("m-basis")).sendKeys("§ 100 StPO court order of 1 December 2026");
		browser.findElement(By.id("m-customers")).sendKeys(ada.toString());
		browser.executeScript("document.getElementById('m-due').value = arguments[0]", LocalDate.now().plusDays(14).toString());
		chromium.screenshot("demand-01-new");
		browser.findElement(By.cssSelector("form[action='/demands'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("demand-heading"), reference));
		assertThat(browser.findElement(By.id("demand-status")).getText()).isEqualTo("received");
		chromium.screenshot("demand-02-received");

		browser.findElement(By.id("x-reason")).sendKeys("Order checked by the privacy officer");
		browser.findElement(By.cssSelector("form[action$='/decision'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("demand-status"), "decided"));
		browser.findElement(By.cssSelector("form[action$='/package'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("package-result")));
		assertThat(browser.findElement(By.id("package-result")).getText()).contains("Ada Tester", "Unter den Linden 1");
		chromium.screenshot("demand-03-packaged");

		browser.get(url("/demands"));
		assertThat(browser.findElement(By.id("demands-table")).getText()).contains(reference, authority);
		chromium.screenshot("demand-04-list");
		browser.get(url("/customers/" + ada + "/disclosures"));
		assertThat(browser.findElement(By.id("customer-disclosures")).getText()).contains(authority, "legal-obligation");
	}

	private void register(String name, String kind, String allowed, String screenshot) {
		browser.findElement(By.cssSelector("#new-recipient > summary")).click();
		browser.findElement(By.id("r-name")).sendKeys(name);
		new Select(browser.findElement(By.id("r-kind"))).selectByValue(kind);
		browser.findElement(By.id("r-entity")).sendKeys(name + " GmbH");
		browser.findElement(By.id("r-country")).sendKeys("DE");
		browser.findElement(By.id("r-contract")).sendKeys("DPA-2026-17");
		browser.executeScript("document.getElementById('r-expires').value = arguments[0]",
				LocalDate.now().plusYears(1).toString());
		browser.findElement(By.id("r-email")).sendKeys("privacy@recipient.example");
		browser.findElement(By.id("r-allowed")).sendKeys(allowed);
		chromium.screenshot(screenshot);
		browser.findElement(By.cssSelector("#new-recipient button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recipient-heading"), name));
	}

	private UUID customer(String first) {
		var email = first + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		var name = Character.toUpperCase(first.charAt(0)) + first.substring(1) + " Tester";
		return vault.register(new NewCustomer(email, name, "+49 30 1234567", null, "Unter den Linden 1\n10117 Berlin",
				"DE", "de-DE", null, "staff", List.of("gifts", "support"), List.of("gifts")));
	}
}
