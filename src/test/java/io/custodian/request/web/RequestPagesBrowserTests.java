package io.custodian.request.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.Mailbox;
import io.custodian.Chromium;
import io.custodian.TestDatabase;
import io.custodian.WithMailServer;
import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import io.custodian.request.internal.RequestQueries;
import io.custodian.request.internal.RequestWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy center and the request pages of the console in a real headless Chromium: a requester makes a request
 * and meets the code page; staff see the queue and an elimination's erasure report. Screenshots go to
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class RequestPagesBrowserTests extends WithMailServer {

	@Value("${local.server.port}")
	int port;

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestWorkflow workflow;

	private Chromium chromium;

	private ChromeDriver browser;

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
	void aRequesterMakesARequestAndMeetsTheCodePage() throws Exception {
		browser.get(url("/privacy"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Privacy center");
		assertThat(browser.findElement(By.cssSelector(".pc-button")).getCssValue("background-color"))
			.as("privacy.css is loaded despite the public chain's policy").isNotEqualTo("rgba(0, 0, 0, 0)");
		chromium.screenshot("privacy-01-form");

		browser.findElement(By.id("email")).sendKeys("not an email");
		browser.findElement(By.cssSelector("label[for=type-correction]")).click();
		assertThat(browser.findElement(By.id("change-name")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("delete-name")).isDisplayed()).isFalse();
		browser.findElement(By.cssSelector("#request-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Enter a valid email address",
				"fill in at least one detail");
		chromium.screenshot("privacy-02-form-errors");

		var email = "requester-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		browser.findElement(By.id("email")).clear();
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("change-name")).sendKeys("Ada King");
		browser.findElement(By.id("message")).sendKeys("My name changed when I married.");
		browser.findElement(By.cssSelector("#request-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
		assertThat(browser.findElement(By.cssSelector(".pc-notice")).getText()).startsWith("If we hold data about this email");
		assertThat(browser.getPageSource()).doesNotContain(email);
		chromium.screenshot("privacy-03-code");

		browser.findElement(By.id("code")).sendKeys("123456");
		browser.findElement(By.cssSelector(".pc-code-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-error")));
		assertThat(browser.findElement(By.id("code-error")).getText()).contains("4 more attempts");
		chromium.screenshot("privacy-04-wrong-code");

		browser.get(url("/privacy?lang=de"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Datenschutz-Center");
		chromium.screenshot("privacy-05-form-de");

		var known = createCustomer("Ada Lovelace");
		var access = desk.submit(new NewRequest(null, "access", known, null, null, null, null, "en", "web"));
		workflow.markVerified(access.id(), customerOf(access.id()), "test");
		workflow.approve(access.id());
		var link = Mailbox.find(Mailbox.bodyOf(MAIL, known, "completed"), Pattern.compile("(/privacy/downloads/[A-Za-z0-9_-]+)"));
		browser.get(url(link + "/summary"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("json-link")));
		assertThat(browser.getPageSource()).contains("Ada Lovelace");
		chromium.screenshot("privacy-06-download-summary");
	}

	@Test
	void staffWorkTheQueueAndReadAnErasureReport() throws Exception {
		var erased = createCustomer("Erik Eraser");
		var elimination = desk.submit(new NewRequest(null, "elimination", erased, "Please forget me entirely.", null, null,
				null, "en", "web"));
		workflow.markVerified(elimination.id(), customerOf(elimination.id()), "email code");
		workflow.approve(elimination.id());
		var extended = desk.submit(new NewRequest(null, "access", "someone-" + UUID.randomUUID().toString().substring(0, 6)
				+ "@example.com", "What do you store about me?", null, null, null, "en", "email"));
		var deletion = desk.submit(new NewRequest(null, "deletion", createCustomer("Dora Delete"),
				"Remove my phone number", null, List.of("phone"), null, "de", "web"));
		workflow.markVerified(deletion.id(), customerOf(deletion.id()), "email code");
		var correction = desk.submit(new NewRequest(null, "correction", createCustomer("Carl Correct"), null,
				Map.of("name", "Carl Corrected"), null, null, "en", "api"));

		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys(TestDatabase.ADMIN_PASSWORD);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".topbar .user-name")));

		browser.findElement(By.xpath("//nav//a[normalize-space(.)='Requests']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-queue")));
		browser.findElement(By.xpath("//a[normalize-space(.)='" + extended.reference() + "']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
		browser.findElement(By.id("extend-reason")).sendKeys("Many requests reached us at once.");
		browser.findElement(By.cssSelector("form[action$='/extension'] button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		browser.findElement(By.id("assign-staff")).sendKeys("sam");
		browser.findElement(By.cssSelector("form[action$='/assignment'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Assigned to sam"));
		chromium.screenshot("requests-02-detail-open");

		browser.findElement(By.xpath("//nav//a[normalize-space(.)='Requests']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-queue")));
		assertThat(browser.findElement(By.id("request-queue")).getText()).contains(elimination.reference(),
				extended.reference(), deletion.reference(), correction.reference());
		chromium.screenshot("requests-01-queue");

		browser.findElement(By.xpath("//a[normalize-space(.)='" + elimination.reference() + "']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("erasure-report")));
		assertThat(browser.findElement(By.id("erasure-report")).getText()).contains("customer", "requests");
		assertThat(browser.findElement(By.id("request-state")).getText()).isEqualTo("Completed");
		chromium.screenshot("requests-03-erasure-report");

		browser.manage().window().setSize(new Dimension(900, 1000));
		browser.findElement(By.xpath("//nav//a[normalize-space(.)='Requests']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-queue")));
		chromium.screenshot("requests-04-queue-900px");
	}

	private UUID customerOf(UUID request) {
		return queries.detail(request).request().customerId();
	}

	private String createCustomer(String name) throws Exception {
		var email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		var body = """
				{"email":"%s","name":"%s","phone":"+49 30 1234567","country":"DE","source":"customer-form","purposes":["support"]}"""
			.formatted(email, name);
		var auth = Base64.getEncoder().encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		try (var client = HttpClient.newHttpClient()) {
			var response = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/customers")))
				.header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		}
		return email;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
