package io.custodian.request.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The decrypted details a requester gave with a request (message, changes, fields), empty when there are none. */
@Component
class RequestDetails {

	private final RequestCrypto crypto;

	private final JsonMapper json;

	RequestDetails(RequestCrypto crypto, JsonMapper json) {
		this.crypto = crypto;
		this.json = json;
	}

	Map<String, Object> of(PrivacyRequest request) {
		var text = crypto.decrypt(request.id(), "details", request.detailsCiphertext());
		return text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, Object>>() {
		});
	}
}
