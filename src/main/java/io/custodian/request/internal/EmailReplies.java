package io.custodian.request.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.request.RequestSettings;
import io.custodian.request.RequestState;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Emails that answer a request rather than make one: a reply from the request's own address naming its reference
 * goes on that request's timeline, and a code it quotes verifies it, as if entered on the request's page.
 */
@Component
public class EmailReplies {

	/** Six digits standing alone, not part of a longer number or word. */
	private static final Pattern CODE = Pattern.compile("(?<![\\p{Alnum}])(\\d{6})(?![\\p{Alnum}])");

	private final Requests requests;

	private final RequestCrypto crypto;

	private final RequestWorkflow workflow;

	private final RequestSettings settings;

	EmailReplies(Requests requests, RequestCrypto crypto, RequestWorkflow workflow, RequestSettings settings) {
		this.requests = requests;
		this.crypto = crypto;
		this.workflow = workflow;
		this.settings = settings;
	}

	/** The open request with this reference that was made from this address, if there is one. */
	public Optional<UUID> match(String reference, String from) {
		if (reference == null || from == null) {
			return Optional.empty();
		}
		return requests.findByReference(reference)
			.filter(request -> !request.state().isFinal() && request.filing().emailIndex().equals(crypto.emailIndex(from)))
			.map(request -> request.filing().id());
	}

	/**
	 * Puts the reply on the request's timeline and, while the request awaits its code, checks the first code in it (a
	 * wrong one counts as a wrong attempt). Runs in the caller's transaction; true when the request is now verified.
	 */
	public boolean answer(UUID id, String text) {
		requests.event(id, "requester", "email-reply", crypto.encrypt(id, "note", text));
		var request = requests.find(id).orElseThrow();
		var code = CODE.matcher(text == null ? "" : text);
		if (request.state() != RequestState.VERIFYING || !code.find()) {
			return false;
		}
		try {
			workflow.checkCode(id, code.group(1));
			return true;
		}
		catch (ErrorResponseException refused) {
			return false;
		}
	}

	/** After the verifying reply is committed: fulfils the request when the desk is so configured. */
	public void fulfil(UUID id) {
		if (settings.autoFulfil()) {
			workflow.fulfilOrHandOver(id);
		}
	}
}
