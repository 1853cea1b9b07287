package io.custodian.account.social.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.Chromium;
import io.custodian.TestDatabase;
import io.custodian.account.internal.CustomerSessions;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.NewCustomer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in customer in Chromium connects an account at an in-process OpenID Connect server, sees the fields that
 * came from it on the connections page, and disconnects it. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class ConnectionsBrowserTests {

	static final MockOAuth2Server oauth = new MockOAuth2Server();

	static {
		oauth.start();
	}

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		var prefix = "custodian.account.sns.providers.mock.";
		registry.add(prefix + "issuer-uri", () -> oauth.issuerUrl("mock").toString());
		registry.add(prefix + "client-id", () -> "custodian");
		registry.add(prefix + "client-secret", () -> "secret");
		registry.add(prefix + "display-name", () -> "Mock ID");
		registry.add(prefix + "scopes", () -> "openid,profile,phone");
		registry.add("custodian.account.sns.read-timeout", () -> "6s");
	}

	@AfterAll
	static void stopServer() {
		oauth.shutdown();
	}

	@Value("${local.server.port}")
	int port;

	@Autowired
	CustomerSessions sessions;

	@Autowired
	CustomerVault vault;

	private Chromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		chromium = Chromium.start();
		browser = chromium.driver();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aSignedInCustomerConnectsSeesTheFieldsAndDisconnects() {
		var customer = customer();
		var response = new MockHttpServletResponse();
		sessions.open(customer, "link", new MockHttpServletRequest(), response);
		var header = response.getHeader("Set-Cookie");
		var token = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
		oauth.enqueueCallback(new DefaultOAuth2TokenCallback("mock", "browser-" + UUID.randomUUID(), "JWT",
				List.of("custodian"), Map.of("name", "Ada From Mock", "phone_number", "+44 20 7946 0002"), 3600));

		browser.get(url("/css/privacy.css"));
		browser.manage().addCookie(new Cookie(CustomerSessions.COOKIE, token, "localhost", "/", null));
		browser.get(url("/account/connections"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-connections")));
		chromium.screenshot("sns-01-connections");

		browser.findElement(By.cssSelector("#provider-mock .sns-connect")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("connected-notice")));
		assertThat(browser.findElement(By.id("connected-notice")).getText()).isEqualTo("Your Mock ID account is connected.");
		var rows = browser.findElements(By.cssSelector("#connection-mock .sns-fields tbody tr"));
		assertThat(rows).extracting(r -> r.getAttribute("data-field")).containsExactlyInAnyOrder("name", "phone");
		assertThat(browser.findElement(By.cssSelector("#connection-mock .sns-scopes")).getText())
			.isEqualTo("openid phone profile");
		chromium.screenshot("sns-02-connected");
		assertThat(vault.summary(customer).fields().get("phone").source()).isEqualTo("sns:mock");

		browser.findElement(By.cssSelector("#connection-mock .sns-revoke")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
		assertThat(browser.findElement(By.id("notice")).getText()).contains("disconnected");
		assertThat(browser.findElement(By.cssSelector("#connection-mock .sns-remote")).getText())
			.isEqualTo("The provider confirmed the revocation.");
		chromium.screenshot("sns-03-disconnected");
		assertThat(vault.summary(customer).fields()).containsOnlyKeys("email");
	}

	private UUID customer() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
				"", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			return vault.register(new NewCustomer("browser-" + UUID.randomUUID().toString().substring(0, 8)
					+ "@example.com", null, null, null, null, null, null, null, "customer-form", List.of("support"),
					null));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
