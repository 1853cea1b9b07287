package io.custodian.collect.web.matomo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/** Where a Matomo request carries its parameters: the form body, the items of a bulk request. */
final class MatomoInputs {

	private MatomoInputs() {
	}

	/** A bulk request is recognised by its content, whatever its content type. */
	static boolean isBulk(byte[] body) {
		if (body.length == 0) {
			return false;
		}
		var text = new String(body, StandardCharsets.UTF_8).strip();
		return text.startsWith("{") && text.contains("\"requests\"");
	}

	/** The form body's parameters; for an empty POST body, those the container has already read from it. */
	static MatomoParameters form(HttpServletRequest request, byte[] body) {
		if (body.length == 0 && "POST".equals(request.getMethod())) {
			return containerParameters(request);
		}
		return MatomoParameters.parse(new String(body, StandardCharsets.UTF_8).strip(), "body");
	}

	/** One item of a bulk request: a query string ({@code "?idsite=…"}, a whole URL too) or an object. */
	static MatomoParameters bulkItem(JsonNode item, String prefix) {
		if (item.isString()) {
			var text = item.stringValue();
			int q = text.indexOf('?');
			var query = q < 0 ? text : text.substring(q + 1);
			int hash = query.indexOf('#');
			return MatomoParameters.parse(hash < 0 ? query : query.substring(0, hash), prefix);
		}
		if (item.isObject()) {
			return MatomoParameters.fromJson(item, prefix);
		}
		throw new InvalidInput(prefix, "must be a query string \"?idsite=…\" or an object of parameters");
	}

	/**
	 * Tomcat may already have read a form body into request parameters; the query is parsed separately, so this only
	 * fills in names that are not in the query.
	 */
	private static MatomoParameters containerParameters(HttpServletRequest request) {
		var encoded = new StringBuilder();
		for (var entry : request.getParameterMap().entrySet()) {
			for (var value : entry.getValue()) {
				if (!encoded.isEmpty()) {
					encoded.append('&');
				}
				encoded.append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		return MatomoParameters.parse(encoded.toString(), "body");
	}
}
