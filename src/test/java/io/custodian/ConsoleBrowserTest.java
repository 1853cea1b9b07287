package io.custodian;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A browser test of the console: the application on a random port (one shared context for every such test) and a
 * fresh headless Chromium per test, skipped with an install hint where Chromium is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
public abstract class ConsoleBrowserTest {

	@Value("${local.server.port}")
	protected int port;

	protected ChromeDriver browser;

	protected Chromium chromium;

	protected WebDriverWait wait;

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

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}
}
