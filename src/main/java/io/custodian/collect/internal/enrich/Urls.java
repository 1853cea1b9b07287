package io.custodian.collect.internal.enrich;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Lenient reading of the parts of untrusted URLs that enrichment needs; never throws. */
public final class Urls {

	private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-fA-F:.]+]");

	private static final int MAX_VALUE_LENGTH = 200;

	private static final int MAX_PARAMETERS = 100;

	private Urls() {
	}

	/** The lower-case host of an absolute URL, without port, user or trailing dot; null when there is none. */
	public static String host(String url) {
		if (url == null) {
			return null;
		}
		String text = url.strip();
		int schemeEnd = text.indexOf("://");
		if (schemeEnd <= 0 || !isScheme(text, schemeEnd)) {
			return null;
		}
		String rest = text.substring(schemeEnd + 3);
		int end = rest.length();
		for (char stop : new char[] { '/', '?', '#', '\\' }) {
			int at = rest.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		String authority = rest.substring(0, end);
		authority = authority.substring(authority.lastIndexOf('@') + 1);
		String host = authority.startsWith("[") ? authority.substring(0, authority.indexOf(']') + 1)
				: authority.split(":", 2)[0];
		host = host.toLowerCase(Locale.ROOT);
		while (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		return isHost(host) ? host : null;
	}

	private static boolean isScheme(String text, int end) {
		if (!isAsciiLetter(text.charAt(0))) {
			return false;
		}
		for (int i = 1; i < end; i++) {
			char c = text.charAt(i);
			if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** Letters, digits, {@code . _ -} (1 to 253 characters), or an IPv6 literal in brackets. */
	private static boolean isHost(String host) {
		if (host.startsWith("[")) {
			return IPV6_LITERAL.matcher(host).matches();
		}
		if (host.isEmpty() || host.length() > 253) {
			return false;
		}
		return host.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
	}

	/** The query parameters of a URL, names in lower case, first value wins, values decoded, trimmed and bounded; blanks left out. */
	static Map<String, String> queryParameters(String url) {
		int start = url == null ? -1 : url.indexOf('?');
		if (start < 0) {
			return Map.of();
		}
		Map<String, String> parameters = new HashMap<>();
		int fragment = url.indexOf('#', start);
		String query = url.substring(start + 1, fragment < 0 ? url.length() : fragment);
		for (String pair : query.split("&", MAX_PARAMETERS + 1)) {
			int equals = pair.indexOf('=');
			if (equals <= 0 || parameters.size() >= MAX_PARAMETERS) {
				continue;
			}
			String name = decode(pair.substring(0, equals)).toLowerCase(Locale.ROOT);
			String value = decode(pair.substring(equals + 1)).strip();
			if (!value.isEmpty()) {
				parameters.putIfAbsent(name, value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value);
			}
		}
		return parameters;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}
}
