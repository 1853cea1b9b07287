package io.custodian.system;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One request the fuzz test sends, described well enough to send it again by hand. */
record FuzzCase(PublicEndpoint endpoint, String method, String target, Map<String, String> headers, byte[] body,
		String label) {

	boolean expectsJsonAnswer() {
		var accept = headers.get("Accept");
		return endpoint.answersJson()
				&& (accept == null || accept.equals("*/*") || accept.startsWith("application/json"));
	}

	String describe() {
		var text = new String(body, StandardCharsets.UTF_8);
		var shown = text.length() > 300 ? text.substring(0, 300) + "… (" + body.length + " bytes)" : text;
		var target = this.target.length() > 300 ? this.target.substring(0, 300) + "…" : this.target;
		var headers = this.headers.toString();
		return printable("%s %s [%s] headers=%s body=%s".formatted(method, target, label,
				headers.length() > 300 ? headers.substring(0, 300) + "…" : headers, shown));
	}

	/** Control characters written as escapes, so that a report shows them and is not cut at them. */
	static String printable(String text) {
		var out = new StringBuilder(text.length());
		text.chars().forEach(c -> out.append(c < 0x20 || c == 0x7f ? "\\u%04x".formatted(c) : String.valueOf((char) c)));
		return out.toString();
	}
}
