package io.custodian.disclosure;

import java.util.UUID;

/** The recipient calling with one of its credentials: the principal of a request on {@code /api/v1/recipient/**}. */
public record RecipientCaller(UUID credentialId, UUID recipientId) {

	public String actor() {
		return "recipient-credential:" + credentialId;
	}
}
