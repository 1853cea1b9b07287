package io.custodian.collect.internal;

/**
 * A fast path for the URLs browsers send: {@code http(s)://host[:port]} followed by plain ASCII URL characters. Every
 * URL it accepts is one {@link java.net.URI} parses as an absolute http(s) URL with a host; anything else (IPv4 or
 * IPv6 hosts, user info, non-ASCII) is left to {@code URI}.
 */
final class PlainUrls {

	private PlainUrls() {
	}

	/** Whether the URL is a plain absolute http(s) URL (see the class description). */
	static boolean isPlainHttp(String url) {
		int at = authorityStart(url);
		if (at < 0) {
			return false;
		}
		int end = hostEnd(url, at);
		if (end < 0) {
			return false;
		}
		if (end < url.length() && url.charAt(end) == ':') {
			int port = end + 1;
			while (end + 1 < url.length() && isDigit(url.charAt(end + 1))) {
				end++;
			}
			end++;
			if (end == port || end - port > 5) {
				return false;
			}
		}
		return end == url.length() || isPlainRest(url, end);
	}

	/** The raw path of a URL {@link #isPlainHttp} accepts, {@code /} when it has none. */
	static String rawPath(String url) {
		int start = authorityStart(url);
		while (start < url.length() && "/?#".indexOf(url.charAt(start)) < 0) {
			start++;
		}
		if (start == url.length() || url.charAt(start) != '/') {
			return "/";
		}
		int end = start;
		while (end < url.length() && url.charAt(end) != '?' && url.charAt(end) != '#') {
			end++;
		}
		return url.substring(start, end);
	}

	private static int authorityStart(String url) {
		if (url.regionMatches(true, 0, "https://", 0, 8)) {
			return 8;
		}
		return url.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
	}

	/** Where a host name of letter-or-digit labels (inner hyphens allowed, the last starting with a letter) ends. */
	private static int hostEnd(String url, int start) {
		int i = start;
		int label = start;
		while (i < url.length()) {
			char c = url.charAt(i);
			if (c == '.') {
				if (i == label || url.charAt(i - 1) == '-') {
					return -1;
				}
				label = i + 1;
			}
			else if (!(isLetter(c) || isDigit(c) || (c == '-' && i > label))) {
				break;
			}
			i++;
		}
		if (i == label || url.charAt(i - 1) == '-' || !isLetter(url.charAt(label))) {
			return -1;
		}
		return i;
	}

	private static boolean isPlainRest(String url, int from) {
		if ("/?#".indexOf(url.charAt(from)) < 0) {
			return false;
		}
		boolean fragment = false;
		for (int i = from; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '%') {
				if (i + 2 >= url.length() || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2))) {
					return false;
				}
				i += 2;
			}
			else if (c == '#') {
				if (fragment) {
					return false;
				}
				fragment = true;
			}
			else if (!(isLetter(c) || isDigit(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isHex(char c) {
		return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}
}
