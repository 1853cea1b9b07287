package io.custodian.collect.web;

import java.io.IOException;

import io.custodian.collect.CollectSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the bodies of the compatible tracking endpoints within the configured size limit, as bytes or JSON. */
@Component
public class CollectBodies {

	private final CollectSettings settings;

	private final JsonMapper json;

	CollectBodies(CollectSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
	}

	public byte[] bytes(HttpServletRequest request) throws IOException {
		return RequestBodies.read(request, settings.maxBodyBytes());
	}

	/** The body within {@code maxBytes}, for an endpoint whose bound is not the common one. */
	public byte[] bytes(HttpServletRequest request, int maxBytes) throws IOException {
		return RequestBodies.read(request, maxBytes);
	}

	/** Refuses a body over the common bound that an endpoint read under a larger one (413 naming {@code body}). */
	public void requireCommonBound(byte[] body) {
		if (body.length > settings.maxBodyBytes()) {
			throw RequestBodies.tooLarge(settings.maxBodyBytes());
		}
	}

	public JsonNode json(byte[] body) {
		return RequestBodies.json(json, body);
	}

	public JsonNode json(HttpServletRequest request) throws IOException {
		return json(bytes(request));
	}
}
