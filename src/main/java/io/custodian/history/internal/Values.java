package io.custodian.history.internal;

import java.util.Locale;

/** Values of other tools in the form Custodian's collector stores them. */
final class Values {

	private Values() {
	}

	/** The path of a URL or of a Matomo action name ("shop.example/a?b" is "/a?b"); a bare path stays as it is. */
	static String path(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		var rest = url.strip();
		var scheme = rest.indexOf("://");
		if (scheme >= 0) {
			rest = rest.substring(scheme + 3);
		}
		else if (rest.startsWith("/")) {
			return rest;
		}
		var slash = rest.indexOf('/');
		return slash < 0 ? "/" : rest.substring(slash);
	}

	/** desktop, mobile, tablet, tv, console or other, as the collector names device types. */
	static String device(String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		return switch (type.strip().toLowerCase(Locale.ROOT)) {
			case "desktop", "laptop" -> "desktop";
			case "mobile", "smartphone", "phone", "phablet", "feature phone", "wearable" -> "mobile";
			case "tablet" -> "tablet";
			case "tv", "smart tv" -> "tv";
			case "console" -> "console";
			default -> "other";
		};
	}

	static String country(String code) {
		if (code == null || code.isBlank() || code.equalsIgnoreCase("xx") || code.equalsIgnoreCase("zz")) {
			return null;
		}
		return code.strip().toUpperCase(Locale.ROOT);
	}
}
