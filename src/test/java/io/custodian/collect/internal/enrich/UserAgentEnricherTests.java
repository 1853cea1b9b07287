package io.custodian.collect.internal.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.custodian.collect.internal.enrich.UserAgentData.Brand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UserAgentEnricherTests {

	private static final UserAgentEnricher enricher = new UserAgentEnricher(1000);

	private static final String CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";

	@Test
	void readsWindows11FromPlatformVersionHeader() {
		ClientInfo client = enricher.enrich(Map.of("user-agent", CHROME_WINDOWS, "sec-ch-ua-platform", "\"Windows\"",
				"sec-ch-ua-platform-version", "\"15.0.0\""), null);

		assertThat(client.osName() + " " + client.osVersion()).isEqualTo("Windows 11");
		assertThat(client.bot()).isFalse();
	}

	@Test
	void readsWindows11AndFullVersionFromTrackerHints() {
		UserAgentData hints = new UserAgentData("Windows", "15.0.0", false, "",
				List.of(new Brand("Chromium", "124"), new Brand("Google Chrome", "124"), new Brand("Not-A.Brand", "99")),
				List.of(new Brand("Chromium", "124.0.6367.91"), new Brand("Google Chrome", "124.0.6367.91"),
						new Brand("Not-A.Brand", "99.0.0.0")));

		ClientInfo client = enricher.enrich(Map.of("User-Agent", CHROME_WINDOWS), hints);

		assertThat(client).isEqualTo(new ClientInfo("Chrome", "124.0.6367.91", "Windows", "11", "desktop", false));
	}

	@Test
	void leavesWindows10Or11OpenWithoutHints() {
		ClientInfo client = enricher.enrich(CHROME_WINDOWS);

		assertThat(client.osName()).isEqualTo("Windows");
		assertThat(client.osVersion()).isNull();
	}

	@Test
	void parsesFirefoxOnLinux() {
		ClientInfo client = enricher.enrich("Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0");

		assertThat(client.browserName()).isEqualTo("Firefox");
		assertThat(client.browserVersion()).isEqualTo("126.0");
		assertThat(client.osName()).isEqualTo("Linux");
		assertThat(client.deviceType()).isEqualTo("desktop");
	}

	@Test
	void parsesSafariOnIphone() {
		ClientInfo client = enricher.enrich("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1");

		assertThat(client.browserName()).isEqualTo("Safari");
		assertThat(client.browserVersion()).isEqualTo("17.4");
		assertThat(client.osName()).isEqualTo("iOS");
		assertThat(client.osVersion()).isEqualTo("17.4");
		assertThat(client.deviceType()).isEqualTo("mobile");
	}

	@Test
	void parsesSafariOnMac() {
		ClientInfo client = enricher.enrich("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/17.4.1 Safari/605.1.15");

		assertThat(client.browserName()).isEqualTo("Safari");
		assertThat(client.browserVersion()).isEqualTo("17.4.1");
		assertThat(client.osName()).isEqualTo("Mac OS");
		assertThat(client.deviceType()).isEqualTo("desktop");
	}

	@Test
	void parsesMobileChromeOnAndroid() {
		ClientInfo client = enricher.enrich(Map.of("User-Agent", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 "
				+ "(KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"),
				new UserAgentData("Android", "14.0.0", true, "Pixel 8", null,
						List.of(new Brand("Google Chrome", "124.0.6367.82"), new Brand("Chromium", "124.0.6367.82"))));

		assertThat(client).isEqualTo(new ClientInfo("Chrome", "124.0.6367.82", "Android", "14", "mobile", false));
	}

	@Test
	void parsesAnIpad() {
		ClientInfo client = enricher.enrich("Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1");

		assertThat(client.deviceType()).isEqualTo("tablet");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/124.0.6367.91 Safari/537.36",
			"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
			"curl/8.5.0",
			"python-requests/2.31.0",
			"Wget/1.21.4",
			"Go-http-client/1.1",
			"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.6367.91 Safari/537.36" })
	void flagsCrawlersScriptsAndHeadlessBrowsersAsBots(String userAgent) {
		ClientInfo client = enricher.enrich(userAgent);

		assertThat(client.bot()).as(userAgent).isTrue();
		assertThat(client.deviceType()).isEqualTo("bot");
	}

	@Test
	void flagsAMissingUserAgentAsBot() {
		assertThat(enricher.enrich("").bot()).isTrue();
		assertThat(enricher.enrich((String) null).bot()).isTrue();
		assertThat(enricher.enrich(Map.of(), null).bot()).isTrue();
	}

	@Test
	void survivesGarbage() {
		String garbage = "x\u0000(;/\"".repeat(400).substring(0, 2000);

		ClientInfo client = enricher.enrich(Map.of("User-Agent", garbage, "Sec-CH-UA", garbage,
				"Sec-CH-UA-Platform-Version", "\"" + garbage), new UserAgentData(garbage, garbage, null, garbage,
						List.of(new Brand(garbage, garbage)), Arrays.asList(null, new Brand(null, "1"))));

		assertThat(client.deviceType()).isIn("desktop", "mobile", "tablet", "tv", "console", "bot", "other");
	}

	@Test
	void ignoresHeadersThatAreNotHints() {
		ClientInfo client = enricher.enrich(Map.of("User-Agent", CHROME_WINDOWS, "Cookie", "id=1", "Sec-CH-UA-Platform-Version", "\"15.0.0\""), null);

		assertThat(client.browserName()).isEqualTo("Chrome");
	}
}
