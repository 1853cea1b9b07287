package io.custodian.collect.web.plausible;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.custodian.system.InvalidInput.FieldError;

/** The sites a Plausible event names: {@code d} (comma-separated, without {@code www.}), else the URL's host. */
final class PlausibleDomains {

	private static final int MAX_DOMAINS = 10;

	private PlausibleDomains() {
	}

	/** The distinct domains; {@code value} is the {@code domain} field as given, or null when absent. */
	static List<String> read(String value, String url, List<FieldError> errors) {
		if (value == null) {
			var host = url == null ? null : host(url);
			if (host == null) {
				if (url != null) {
					errors.add(new FieldError("domain", "is required when the url has no host"));
				}
				return List.of();
			}
			value = host;
		}
		var domains = distinct(value);
		if (domains.isEmpty()) {
			errors.add(new FieldError("domain", "must not be empty"));
		}
		else if (domains.size() > MAX_DOMAINS) {
			errors.add(new FieldError("domain", "at most " + MAX_DOMAINS + " comma-separated domains"));
		}
		return domains;
	}

	private static List<String> distinct(String value) {
		var domains = new ArrayList<String>();
		for (var part : value.split(",")) {
			var d = part.strip().toLowerCase(Locale.ROOT);
			if (d.startsWith("www.")) {
				d = d.substring(4);
			}
			if (!d.isEmpty() && !domains.contains(d)) {
				domains.add(d);
			}
		}
		return domains;
	}

	private static String host(String url) {
		try {
			return URI.create(url).getHost();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
