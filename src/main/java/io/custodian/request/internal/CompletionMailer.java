package io.custodian.request.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the confirmation of a completed request once its completion committed, still on the request's thread so the
 * requester's answer has left before the response; the event publication registry hands it over again after a crash.
 */
@Component
class CompletionMailer {

	static final String FIELD = "confirmation";

	private final RequestMail mail;

	private final Requests requests;

	private final RequestCrypto crypto;

	private final JsonMapper json;

	CompletionMailer(RequestMail mail, Requests requests, RequestCrypto crypto, JsonMapper json) {
		this.mail = mail;
		this.requests = requests;
		this.crypto = crypto;
		this.json = json;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(RequestCompleted completed) {
		var text = crypto.decrypt(completed.request(), FIELD, completed.confirmationCiphertext());
		var confirmation = json.readValue(text, OutgoingMail.class);
		var sent = mail.send(confirmation.to(), confirmation.subject(), confirmation.text());
		requests.event(completed.request(), "system", sent ? "confirmation-sent" : "confirmation-not-sent", null);
	}

	byte[] seal(UUID request, OutgoingMail confirmation) {
		return crypto.encrypt(request, FIELD, json.writeValueAsString(confirmation));
	}
}
