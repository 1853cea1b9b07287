package io.custodian.collect.web.matomo;

import java.util.Base64;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answers of Matomo's tracking endpoint: the info page, the 1×1 GIF or 204, and the bulk summary. */
final class MatomoResponses {

	static final byte[] GIF = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

	private static final String INFO = "<!DOCTYPE html><html><head><title>Custodian</title></head><body>"
			+ "<p>This resource is Custodian's Matomo-compatible tracking endpoint. "
			+ "Point Matomo's JavaScript tracker or tracking API clients here.</p></body></html>";

	private MatomoResponses() {
	}

	/** What a request without parameters gets: a page saying what this resource is. */
	static ResponseEntity<?> info() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore()).body(INFO);
	}

	/** A tracked request: the GIF, or 204 when the client asked for no image. */
	static ResponseEntity<?> tracked(HttpServletRequest request, boolean noImage) {
		if (noImage) {
			return noContent(request);
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).headers(h -> credentials(request, h))
			.contentType(MediaType.IMAGE_GIF).body(GIF);
	}

	/** A bulk request: 400 with the summary when nothing was tracked, else 204 or 200 with the summary. */
	static ResponseEntity<?> bulk(HttpServletRequest request, Map<String, Object> summary, boolean nothingTracked,
			boolean noImage) {
		if (nothingTracked) {
			return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).headers(h -> credentials(request, h))
				.contentType(MediaType.APPLICATION_JSON).body(summary);
		}
		if (noImage) {
			return noContent(request);
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).headers(h -> credentials(request, h))
			.contentType(MediaType.APPLICATION_JSON).body(summary);
	}

	private static ResponseEntity<?> noContent(HttpServletRequest request) {
		return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).headers(h -> credentials(request, h))
			.build();
	}

	/** The tracker's XHR uses {@code withCredentials}: without this the browser hides the answer and the JS retries. */
	private static void credentials(HttpServletRequest request, HttpHeaders headers) {
		if (request.getHeader("Origin") != null) {
			headers.set("Access-Control-Allow-Credentials", "true");
		}
	}
}
