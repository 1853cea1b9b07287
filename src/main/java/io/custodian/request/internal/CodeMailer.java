package io.custodian.request.internal;

import java.util.UUID;

import io.custodian.customer.CustomerVault;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends confirmation codes after the request is committed, off the request thread: a known email then answers as
 * fast as an unknown one, so response times reveal nothing either.
 */
@Component
class CodeMailer {

	private static final Logger log = LoggerFactory.getLogger(CodeMailer.class);

	private final Requests requests;

	private final VerificationCodes codes;

	private final RequestMail mail;

	private final CustomerVault vault;

	private final RequestSettings settings;

	private final TransactionTemplate transactions;

	CodeMailer(Requests requests, VerificationCodes codes, RequestMail mail, CustomerVault vault,
			RequestSettings settings, TransactionTemplate transactions) {
		this.requests = requests;
		this.codes = codes;
		this.mail = mail;
		this.vault = vault;
		this.settings = settings;
		this.transactions = transactions;
	}

	void sendAfterCommit(UUID request) {
		Runnable send = () -> Thread.ofVirtual().name("request-code").start(() -> send(request));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	private void send(UUID id) {
		try {
			var message = transactions.execute(status -> issue(id));
			if (message != null && !mail.send(message.to(), message.subject(), message.text())) {
				transactions.executeWithoutResult(status -> requests.event(id, "system", "code-not-sent", null));
			}
		}
		catch (RuntimeException e) {
			log.warn("No confirmation code sent for a request: {}", e.getClass().getSimpleName());
		}
	}

	/** Issues a code and commits it before the mail leaves, so a code that arrives is always one that is stored. */
	private CodeMessage issue(UUID id) {
		var request = requests.find(id).orElseThrow();
		if (request.state() != RequestState.VERIFYING || request.customerId() == null
				|| request.failedAttempts() >= settings.maxAttempts()) {
			return null;
		}
		var code = codes.issue(id);
		if (code == null) {
			return null;
		}
		var to = vault.emailOnFile(request.customerId(), "privacy request " + request.reference() + ": confirmation code");
		requests.event(id, "system", "code-sent", null);
		return new CodeMessage(to, RequestTexts.subject(request.reference(), request.language()),
				RequestTexts.code(request.reference(), code, settings.codeValidity().toMinutes(), request.language()));
	}

	private record CodeMessage(String to, String subject, String text) {
	}
}
