package io.custodian.collect.web.matomo;

import io.custodian.system.InvalidInput;
import tools.jackson.databind.JsonNode;

/** The envelope of a Matomo bulk request: its items, its {@code token_auth} and whether it asked for no image. */
record MatomoBulkRequest(JsonNode requests, String token, boolean noImage) {

	/** Reads {@code {"requests":[…],"token_auth":…,"send_image":…}}, refusing a malformed envelope. */
	static MatomoBulkRequest read(JsonNode body, int maxItems) {
		if (!body.isObject() || !body.path("requests").isArray()) {
			throw new InvalidInput("requests", "must be an array of tracking requests");
		}
		var requests = body.get("requests");
		if (requests.isEmpty() || requests.size() > maxItems) {
			throw new InvalidInput("requests", "must hold 1 to " + maxItems + " requests");
		}
		var token = body.get("token_auth");
		if (token != null && !token.isNull() && !token.isString()) {
			throw new InvalidInput("token_auth", "must be a string");
		}
		var bulkToken = token == null || token.isNull() ? null : token.stringValue();
		var sendImage = body.get("send_image");
		boolean noImage = sendImage != null
				&& ("0".equals(sendImage.asString()) || sendImage.isBoolean() && !sendImage.booleanValue());
		return new MatomoBulkRequest(requests, bulkToken, noImage);
	}
}
