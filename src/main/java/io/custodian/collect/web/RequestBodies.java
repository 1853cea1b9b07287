package io.custodian.collect.web;

import java.io.IOException;
import java.util.List;

import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
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

	/** 413 naming {@code body}, like every refusal of a field. */
	static RuntimeException tooLarge(int maxBytes) {
		var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Body too large", "The body exceeds " + maxBytes + " bytes");
		problem.getBody().setProperty("errors", List.of(new FieldError("body", "must be at most " + maxBytes + " bytes")));
		return problem;
	}
}
