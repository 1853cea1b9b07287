package io.custodian.request.internal;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The decrypted details a requester gave with a request; {@link RequesterDetails#ERASED} once erased. */
@Component
class RequestDetails {

	private final RequestCrypto crypto;

	private final JsonMapper json;

	RequestDetails(RequestCrypto crypto, JsonMapper json) {
		this.crypto = crypto;
		this.json = json;
	}

	RequesterDetails of(PrivacyRequest request) {
		var text = crypto.decrypt(request.filing().id(), "details", request.filing().detailsCiphertext());
		return text == null ? RequesterDetails.ERASED : json.readValue(text, RequesterDetails.class);
	}
}
