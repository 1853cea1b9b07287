package io.custodian;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver, in a fresh profile; browser tests are skipped with an
 * install hint where Chromium is missing.
 */
public final class Chromium implements AutoCloseable {

	private static final File BINARY = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final Path profile;

	private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
		this.service = service;
		this.driver = driver;
		this.profile = profile;
	}

	public static Chromium start(String... extraArguments) {
		Assumptions.assumeTrue(BINARY.canExecute() && DRIVER.canExecute(),
				"Chromium is not installed: apt-get install -y chromium chromium-driver");
		try {
			var profile = Files.createTempDirectory("custodian-chromium-");
			var options = new ChromeOptions();
			options.setBinary(BINARY);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=en-US");
			options.addArguments(extraArguments);
			var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
			return new Chromium(service, new ChromeDriver(service, options), profile);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Waits until the current page has this title. */
	public void awaitTitle(String title) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> title.equals(driver.getTitle()));
	}

	/** Lets the page run for a while, for checks that something does NOT happen. */
	public static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		driver.quit();
		service.stop();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// a temporary profile left behind is harmless
		}
	}
}
