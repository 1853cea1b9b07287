package io.custodian.collect.web.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The compatibility trackers as files under {@code static/} (minified by the build, with gzip copies), read once,
 * answered with a short public cache and an ETag so a visitor's browser revalidates instead of downloading them on
 * every pageview.
 */
@Component
class ScriptFiles {

	static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private static final Script MISSING = new Script(new byte[0], "");

	private final Map<String, Script> loaded = new ConcurrentHashMap<>();

	/**
	 * Answers the file {@code static/<path>}, or 304 when the browser's copy is current; the build's gzip copy
	 * ({@code <path>.gz}) to a browser that accepts it, with its own ETag.
	 */
	ResponseEntity<byte[]> serve(String path, WebRequest request) {
		var accepts = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		var zipped = accepts != null && accepts.contains("gzip") ? loaded.computeIfAbsent(path + ".gz", ScriptFiles::load)
				: MISSING;
		var gzip = zipped != MISSING;
		var script = gzip ? zipped : loaded.computeIfAbsent(path, ScriptFiles::load);
		if (request.checkNotModified(script.etag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(CACHE).eTag(script.etag())
				.varyBy(HttpHeaders.ACCEPT_ENCODING).build();
		}
		var response = ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CACHE).eTag(script.etag())
			.varyBy(HttpHeaders.ACCEPT_ENCODING);
		if (gzip) {
			response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		return response.body(script.bytes());
	}

	/** A file {@code static/<path>}, or {@link #MISSING} for a gzip copy the build did not write (no npm). */
	private static Script load(String path) {
		var resource = new ClassPathResource("static/" + path);
		if (path.endsWith(".gz") && !resource.exists()) {
			return MISSING;
		}
		try (var in = resource.getInputStream()) {
			var bytes = in.readAllBytes();
			var digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return new Script(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
		}
		catch (IOException e) {
			throw new UncheckedIOException("tracker script static/" + path + " is missing from the build", e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Script(byte[] bytes, String etag) {
	}
}
