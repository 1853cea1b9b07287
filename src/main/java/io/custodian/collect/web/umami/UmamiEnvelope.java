package io.custodian.collect.web.umami;

import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;

import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.web.CompatFields;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import tools.jackson.databind.JsonNode;

/** The checked frame of an Umami send request: its type, payload, website id and host name. */
record UmamiEnvelope(String type, JsonNode payload, String website, String hostname) {

	private static final Set<String> TYPES = Set.of("event", "identify", "engagement", "performance");

	private static final Pattern UUID_TEXT = Pattern
		.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

	private static final Pattern HOSTNAME = Pattern.compile("^[A-Za-z0-9.-]{1,100}(:\\d{1,5})?$");

	/**
	 * Reads {@code {"type":…,"payload":{"website":…,"hostname":…}}}, refusing it with every problem found in type,
	 * payload and website; a host name that is not one is dropped (a relative url then cannot be resolved).
	 */
	static UmamiEnvelope read(JsonNode body, FieldNotes notes) {
		if (!body.isObject()) {
			throw new InvalidInput("body", "must be a JSON object {\"type\":…,\"payload\":{…}}");
		}
		var errors = new ArrayList<FieldError>();
		var type = CompatFields.text(body, "type", "type", errors);
		if (errors.isEmpty() && (type == null || !TYPES.contains(type))) {
			errors.add(new FieldError("type", "must be event, identify, engagement or performance"));
		}
		var payload = body.get("payload");
		if (payload == null || !payload.isObject()) {
			errors.add(new FieldError("payload", "must be an object"));
			throw new InvalidInput(errors);
		}
		var website = CompatFields.text(payload, "website", "payload.website", errors);
		if (website == null) {
			if (errors.stream().noneMatch(e -> e.field().equals("payload.website"))) {
				errors.add(new FieldError("payload.website", "is required"));
			}
		}
		else if (!UUID_TEXT.matcher(website).matches()) {
			errors.add(new FieldError("payload.website", "must be a website id (UUID)"));
		}
		var hostname = CompatFields.optionalText(payload, "hostname", "payload.hostname", notes);
		if (hostname != null && !hostname.isEmpty() && !HOSTNAME.matcher(hostname).matches()) {
			notes.dropped("payload.hostname");
			hostname = null;
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new UmamiEnvelope(type, payload, website, hostname);
	}

	/** Session data and web vitals, which Custodian does not model: the site is checked, nothing is stored. */
	boolean storesNothing() {
		return "identify".equals(type) || "performance".equals(type);
	}
}
