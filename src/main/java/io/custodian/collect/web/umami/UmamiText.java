package io.custodian.collect.web.umami;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Umami's text conventions: URLs relative to the page's host, URL-encoded titles, empty strings meaning absent. */
final class UmamiText {

	private UmamiText() {
	}

	/** Old trackers send the path only, and current ones strip the own origin from the referrer. */
	static String absolute(String value, String hostname) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (value.startsWith("/") && !value.startsWith("//") && hostname != null && !hostname.isEmpty()) {
			return "https://" + hostname + value;
		}
		return value;
	}

	/** Umami's server URL-decodes the title; a title that is not valid encoding is kept as it is. */
	static String decode(String title) {
		if (title == null || title.indexOf('%') < 0) {
			return emptyToNull(title);
		}
		try {
			return URLDecoder.decode(title.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return title;
		}
	}

	static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}
