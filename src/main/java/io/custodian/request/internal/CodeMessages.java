package io.custodian.request.internal;

import java.util.UUID;

import io.custodian.customer.CustomerVault;
import io.custodian.request.RequestSettings;
import org.springframework.stereotype.Component;

/**
 * Writes a request's code email: issues a code, and says where to enter it (the request's own link) or that a reply
 * quoting it will do. Only for a request awaiting its code whose email is on file; runs in the caller's transaction.
 */
@Component
class CodeMessages {

	private final Requests requests;

	private final VerificationCodes codes;

	private final RequestLinks links;

	private final CustomerVault vault;

	private final RequestSettings settings;

	private final RequestTexts texts;

	CodeMessages(Requests requests, VerificationCodes codes, RequestLinks links, CustomerVault vault,
			RequestSettings settings, RequestTexts texts) {
		this.texts = texts;
		this.requests = requests;
		this.codes = codes;
		this.links = links;
		this.vault = vault;
		this.settings = settings;
	}

	/** The code email, or null when none is due (unknown email, not awaiting a code, locked, enough codes this hour). */
	OutgoingMail compose(UUID id) {
		var request = requests.find(id).orElse(null);
		if (request == null || !request.awaitsCode() || request.customerId() == null) {
			return null;
		}
		var code = codes.issue(id);
		if (code == null) {
			return null;
		}
		var filing = request.filing();
		var to = vault.emailOnFile(request.customerId(), "privacy request " + filing.reference() + ": confirmation code");
		requests.event(id, "system", "code-sent", null);
		return new OutgoingMail(to, texts.subject(filing.reference(), filing.language()),
				texts.code(filing.reference(), code, settings.codeValidity().toMinutes(), links.url(request),
						filing.language()));
	}
}
