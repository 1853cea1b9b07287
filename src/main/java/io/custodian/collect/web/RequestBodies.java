package io.custodian.collect.web;

import java.io.IOException;

import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads collection bodies whatever their declared content type, refusing oversized ones before parsing. */
final class RequestBodies {

	private RequestBodies() {
	}

	static byte[] read(HttpServletRequest request, int maxBytes) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			throw tooLarge(maxBytes);
		}
		var body = request.getInputStream().readNBytes(declared >= 0 ? (int) declared : maxBytes + 1);
		if (body.length > maxBytes) {
			throw tooLarge(maxBytes);
		}
		return body;
	}

	static JsonNode json(JsonMapper json, byte[] body) {
		if (body.length == 0) {
			throw new InvalidInput("body", "is empty");
		}
		try {
			return json.readTree(body);
		}
		catch (JacksonException e) {
			throw new InvalidInput("body", "is not valid JSON: " + e.getOriginalMessage());
		}
	}

	private static RuntimeException tooLarge(int maxBytes) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "The body exceeds " + maxBytes + " bytes");
	}
}
