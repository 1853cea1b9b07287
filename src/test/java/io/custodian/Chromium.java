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

	/** Saves a full-page screenshot to {@code target/screenshots/NAME.png}, for people to look at. */
	public void screenshot(String name) {
		try {
			var directory = java.nio.file.Path.of("target", "screenshots");
			Files.createDirectories(directory);
			var original = driver.manage().window().getSize();
			var height = ((Number) driver.executeScript("return Math.max(document.body.scrollHeight, 700)")).intValue();
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(original.getWidth(), Math.min(height + 100, 4000)));
			var file = driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
			Files.copy(file.toPath(), directory.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			driver.manage().window().setSize(original);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Saves a screenshot of one element to {@code target/screenshots/NAME.png}, leaving the window as it is. */
	public void screenshot(String name, org.openqa.selenium.WebElement element) {
		try {
			var directory = java.nio.file.Path.of("target", "screenshots");
			Files.createDirectories(directory);
			var file = element.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
			Files.copy(file.toPath(), directory.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Signs in on the console's login page the browser is on, and waits for the signed-in top bar. */
	public void signIn(String username, String password) {
		driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
		driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
		driver.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
					org.openqa.selenium.By.cssSelector(".topbar .user-name")));
		org.assertj.core.api.Assertions.assertThat(
				driver.findElement(org.openqa.selenium.By.cssSelector(".topbar .user-name")).getText()).isEqualTo(username);
	}

	/** Follows a sidebar link of the console and waits until it is the active one. */
	public void nav(String label) {
		var link = org.openqa.selenium.By.xpath("//nav//a[normalize-space(.)='" + label + "']");
		driver.findElement(link).click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.attributeContains(link, "class", "active"));
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
