package io.custodian.collect.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainUrlsTests {

	static final String[] SAMPLES = { "https://shop.example/", "https://shop.example", "HTTP://Shop.Example:8080/a/b?q=1#top",
			"https://shop.example/a%20b?x=%2F&y=~!$&'()*+,;=:@/?#frag/?", "https://shop.example?q=1", "https://shop.example#x",
			"https://a.example/%zz", "https://a.example/%2", "https://a.example/a#b#c", "https://a..example/",
			"https://-a.example/", "https://a-.example/", "https://a.example./", "https://1.2.3.4/", "https://123/",
			"https://a.example:/", "https://a.example:123456/", "https://a.example:80x/", "https://user@a.example/",
			"https://a_b.example/", "https://[::1]/", "https://a.example/ü", "https://a.example/a b", "https://a.example/<x>",
			"https://a.example/\\", "https:/a.example/", "ftp://a.example/", "javascript:alert(1)", "https://", "https:///x",
			"https://a.example/{}", "https://a.example/|", "https://a.example/^", "https://a.example/`", "https://a.example/\"",
			"https://x1.y-2.example/p" };

	@Test
	void acceptsOnlyWhatUriParsesAsAnAbsoluteHttpUrlWithAHost() {
		for (var url : SAMPLES) {
			checkAgainstUri(url);
		}
		var random = new Random(42);
		var alphabet = "aZ9.-_:/?#%@[]~!$&'()*+,;= \"<>\\^`{|}ü".toCharArray();
		for (int n = 0; n < 20_000; n++) {
			var url = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
			int length = random.nextInt(16);
			for (int i = 0; i < length; i++) {
				url.append(random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : (char) ('a' + random.nextInt(26)));
			}
			checkAgainstUri(url.toString());
		}
	}

	@Test
	void takesTheRawPathLikeUri() {
		assertThat(PlainUrls.rawPath("https://shop.example")).isEqualTo("/");
		assertThat(PlainUrls.rawPath("https://shop.example?q=/x")).isEqualTo("/");
		assertThat(PlainUrls.rawPath("https://shop.example:8080/a%20b/c?q=1#/d")).isEqualTo("/a%20b/c");
		assertThat(PlainUrls.rawPath("https://shop.example/#/route")).isEqualTo("/");
	}

	@Test
	void acceptsTheUrlsBrowsersSend() {
		assertThat(PlainUrls.isPlainHttp("https://www.shop.example/products/item-1?utm_source=news&x=%C3%BC#reviews")).isTrue();
		assertThat(PlainUrls.isPlainHttp("http://localhost:8080/")).isTrue();
		assertThat(PlainUrls.isPlainHttp("javascript:alert(1)")).isFalse();
	}

	private static void checkAgainstUri(String url) {
		if (!PlainUrls.isPlainHttp(url)) {
			return;
		}
		try {
			var uri = new URI(url);
			assertThat(uri.getScheme()).as(url).isIn("http", "https", "HTTP", "HTTPS", "Http", "Https");
			assertThat(uri.getHost()).as(url).isNotNull();
			var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
			assertThat(PlainUrls.rawPath(url)).as(url).isEqualTo(path);
		}
		catch (URISyntaxException e) {
			throw new AssertionError(url + " was accepted but URI refuses it: " + e.getMessage());
		}
	}
}
