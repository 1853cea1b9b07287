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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live banner in real headless Chromium shows the texts the site saved, in the visitor's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class BannerTextsBrowserTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	Sites sites;

	@Autowired
	ConsentAdministration administration;

	private TestWebsite website;

	private Chromium chromium;

	private Site site;

	@BeforeEach
	void start() {
		site = sites.register(new NewSite("Shop", List.of("localhost"), "UTC", "none", List.of()));
		administration.update(site.id(), new BannerSettings(null, null, Map.of(
				"en", Map.of("title", "Cookies at the Shop", "acceptAll", "Allow everything"),
				"de", Map.of("title", "Cookies im Laden", "acceptAll", "Alles erlauben", "body", "Unser eigener Text."),
				"fr", Map.of("title", "Vos choix au magasin", "acceptAll", "Tout accepter", "rejectAll", "Tout refuser")),
				null, null, null));
		website = TestWebsite.start(port, "91.0.0.78", Map.of("/", """
				<!doctype html><html><head><meta charset="utf-8"><title>Home</title>
				<script src="/consent.js" data-site="%s"></script></head><body><h1>Home</h1></body></html>"""
			.formatted(site.id())));
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
	void showsTheSiteEnglishTextsToAnEnglishVisitor() {
		open("en-US", "en");
		assertThat(title()).isEqualTo("Cookies at the Shop");
		assertThat(buttons()).contains("Allow everything", "Reject all");
	}

	@Test
	void showsTheSiteGermanTextsToAGermanVisitor() {
		open("de-DE", "de");
		assertThat(title()).isEqualTo("Cookies im Laden");
		assertThat(banner().getText()).contains("Unser eigener Text.");
		assertThat(buttons()).contains("Alles erlauben", "Alle ablehnen");
	}

	@Test
	void showsALanguageTheSiteAddedToItsVisitors() {
		open("fr-FR", "fr");
		assertThat(title()).isEqualTo("Vos choix au magasin");
		assertThat(buttons()).contains("Tout accepter", "Tout refuser");
	}

	private void open(String language, String primary) {
		chromium = Chromium.start();
		ChromeDriver browser = chromium.driver();
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
				"Object.defineProperty(Navigator.prototype, 'languages', {get: () => ['%s', '%s']});".formatted(language,
						primary)
						+ "Object.defineProperty(Navigator.prototype, 'language', {get: () => '%s'});".formatted(language)));
		browser.get(website.url("/"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector(".cst-banner .cst-title"))
			.isEmpty());
	}

	private WebElement banner() {
		return chromium.driver().findElement(By.cssSelector(".cst-banner"));
	}

	private String title() {
		return chromium.driver().findElement(By.cssSelector(".cst-banner .cst-title")).getText().trim();
	}

	private List<String> buttons() {
		return chromium.driver().findElements(By.cssSelector(".cst-banner button")).stream()
			.filter(WebElement::isDisplayed).map(b -> b.getText().trim()).toList();
	}
}
