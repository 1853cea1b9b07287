package io.custodian.collect.web.scripts;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import io.custodian.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** The anchors' script paths are public, cacheable JavaScript; Plausible's variants are one file, unknown ones 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class TrackerScriptsIntegrationTests {

	@Value("${local.server.port}")
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servesEveryAnchorPathWithoutLoginAsCacheableJavaScript() throws Exception {
		for (var path : new String[] { "/matomo.js", "/piwik.js", "/script.js", "/umami/script.js", "/js/script.js",
				"/js/script.outbound-links.tagged-events.js", "/js/script.manual.hash.js", "/js/plausible.js",
				"/js/pa-Xy12AbCdEf.js" }) {
			var response = get(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
					type -> assertThat(type).startsWith("text/javascript"));
			assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("max-age=3600, public");
			assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
			assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
		}
		assertThat(get("/piwik.js", null).body()).isEqualTo(get("/matomo.js", null).body());
		assertThat(get("/js/script.outbound-links.js", null).body()).isEqualTo(get("/js/script.js", null).body())
			.contains("plausible");
		assertThat(get("/script.js", null).body()).contains("umami");
	}

	@Test
	void answersNotModifiedToTheCurrentEtag() throws Exception {
		var etag = get("/matomo.js", null).headers().firstValue("ETag").orElseThrow();
		var again = get("/matomo.js", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void sendsTheBuildsGzipCopyToBrowsersThatAcceptIt() throws Exception {
		var plain = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/matomo.js")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		Assumptions.assumeTrue(getClass().getResource("/static/matomo.js.gz") != null,
				"no gzip copy in this build: the minify step needs npm (pom.xml, minify-tracker-scripts)");
		var zipped = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/matomo.js"))
			.header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(zipped.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Encoding"));
		assertThat(zipped.headers().firstValue("ETag")).isNotEqualTo(plain.headers().firstValue("ETag"));
		assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes()).isEqualTo(plain.body());
		assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
	}

	@Test
	void refusesUnknownPlausibleExtensionsWithNotFound() throws Exception {
		var response = get("/js/script.outbound-links.no-such-thing.js", null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("no-such-thing");
	}

	private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
