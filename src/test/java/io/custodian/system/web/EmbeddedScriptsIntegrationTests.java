package io.custodian.system.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import io.custodian.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor's browser gets for the scripts sites embed: a short public cache with a strong ETag and 304s, a
 * versioned URL cached for a year, older versioned URLs still working, and the documented sizes gzipped as served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class EmbeddedScriptsIntegrationTests {

	static final String SHORT = "max-age=3600, public";

	static final String LONG = "max-age=31536000, public, immutable";

	@Value("${local.server.port}")
	int port;

	@Autowired
	ResourceUrlProvider urls;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/t.js", "/consent.js" })
	void servesScriptsWithAShortPublicCacheAndAStrongEtag(String path) throws Exception {
		var response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
		assertThat(response.headers().allValues("Cache-Control")).containsExactly(SHORT);
		assertThat(response.headers().firstValue("Pragma")).isEmpty();
		assertThat(response.headers().firstValue("ETag")).get().asString().matches("\"[0-9a-f]{32}\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/t.js", "/consent.js" })
	void answersNotModifiedWhenTheBrowsersCopyIsCurrent(String path) throws Exception {
		var etag = get(path).headers().firstValue("ETag").orElseThrow();
		var revalidated = get(path, "If-None-Match", etag);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
		assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
		assertThat(revalidated.headers().allValues("Cache-Control")).containsExactly(SHORT);
		assertThat(get(path, "If-None-Match", "\"0123456789abcdef0123456789abcdef\"").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/t.js", "/consent.js" })
	void servesTheVersionedUrlForAYear(String path) throws Exception {
		var versioned = urls.getForLookupPath(path);
		assertThat(versioned).matches(path.replace(".js", "") + "-[0-9a-f]{32}\\.js");
		var response = get(versioned);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Cache-Control")).containsExactly(LONG);
		assertThat(response.body()).isEqualTo(get(path).body());
		assertThat(response.headers().firstValue("ETag")).isEqualTo(get(path).headers().firstValue("ETag"));
		assertThat(get(versioned, "If-None-Match", response.headers().firstValue("ETag").orElseThrow()).statusCode())
			.isEqualTo(304);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/t.js", "/consent.js" })
	void answersAnOlderVersionWithTheCurrentScriptAndTheShortCache(String path) throws Exception {
		var response = get(path.replace(".js", "-0123456789abcdef0123456789abcdef.js"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Cache-Control")).containsExactly(SHORT);
		assertThat(response.body()).isEqualTo(get(path).body());
	}

	@ParameterizedTest
	@CsvSource({ "/t.js, 3000", "/consent.js, 12000" })
	void servesScriptsMinifiedAndGzippedWithinTheirBudget(String path, int budget) throws Exception {
		var plain = get(path).body();
		if (plain.length == Files.size(Path.of("src/main/resources/static" + path))) {
			assertThat(System.getenv("CI")).as("a CI build minifies the scripts (npm and terser, see pom.xml)").isNull();
			Assumptions.abort(path + " is served unminified: the build could not install terser with npm");
		}
		var response = get(path, "Accept-Encoding", "gzip");
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(String.join(",", response.headers().allValues("Vary"))).contains("Accept-Encoding");
		assertThat(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()).isEqualTo(plain);
		assertThat(response.body().length).as(path + " gzipped as served, in bytes").isLessThanOrEqualTo(budget);
		assertThat(response.headers().firstValue("ETag")).isNotEqualTo(get(path).headers().firstValue("ETag"));
		assertThat(get(path, "Accept-Encoding", "gzip, deflate, br, zstd").headers().firstValue("Content-Encoding"))
			.as("what a browser asks for").hasValue("gzip");
	}
}
