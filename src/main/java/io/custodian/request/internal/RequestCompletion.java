package io.custodian.request.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.HashChain;
import io.custodian.customer.CustomerVault;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestSummary;
import io.custodian.request.RequestType;
import io.custodian.system.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closes a verified request: carries it out, stores the result, and publishes {@link RequestCompleted} with the
 * requester's confirmation (a download link for access); or hands it to staff with the reason. Runs inside the
 * caller's transaction.
 */
@Component
class RequestCompletion {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Requests requests;

	private final RequestCrypto crypto;

	private final RequestDetails details;

	private final Fulfilment fulfilment;

	private final CompletionMailer mailer;

	private final ApplicationEventPublisher events;

	private final CustomerVault vault;

	private final AuditTrail audit;

	private final RequestSettings settings;

	private final JsonMapper json;

	private final RequestTexts texts;

	RequestCompletion(Requests requests, RequestCrypto crypto, RequestDetails details, Fulfilment fulfilment,
			CompletionMailer mailer, ApplicationEventPublisher events, CustomerVault vault, AuditTrail audit,
			RequestSettings settings, JsonMapper json, RequestTexts texts) {
		this.texts = texts;
		this.requests = requests;
		this.crypto = crypto;
		this.details = details;
		this.fulfilment = fulfilment;
		this.mailer = mailer;
		this.events = events;
		this.vault = vault;
		this.audit = audit;
		this.settings = settings;
		this.json = json;
	}

	RequestSummary fulfil(UUID id) {
		var request = requests.lock(id).orElseThrow(() -> Problems.notFound("Request " + id));
		request.requireFulfillable();
		var filing = request.filing();
		var to = vault.emailOnFile(request.customerId(), "privacy request " + filing.reference() + ": answer");
		var result = fulfilment.carryOut(request.type(), filing.reference(), request.customerId(), details.of(request));
		request.fulfil(crypto.encrypt(id, "result", json.writeValueAsString(result)), Instant.now());
		requests.save(request);
		requests.event(id, "system", "completed", null);
		audit.record(AuditEvent.of("request.completed", "request:" + id).detail(request.type().id()));
		var confirmation = new OutgoingMail(to, texts.completedSubject(filing.reference(), filing.language()),
				completionText(request));
		events.publishEvent(new RequestCompleted(id, mailer.seal(id, confirmation)));
		return requests.find(id).orElseThrow().summary();
	}

	/** Leaves the request in progress for staff, with the reason fulfilment stopped on its timeline. */
	RequestSummary handOver(UUID id, String reason) {
		var request = requests.lock(id).orElseThrow(() -> Problems.notFound("Request " + id));
		request.handOver();
		requests.save(request);
		requests.event(id, "system", "needs-staff", crypto.encrypt(id, "note", reason));
		return requests.find(id).orElseThrow().summary();
	}

	private String completionText(PrivacyRequest request) {
		var filing = request.filing();
		var link = request.type() == RequestType.ACCESS ? downloadLink(filing.id()) : null;
		return texts.completed(filing.reference(), request.type(), link, settings.downloadValidity().toDays(),
				filing.language());
	}

	private String downloadLink(UUID id) {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		requests.download(HashChain.sha256(token), id, Instant.now().plus(settings.downloadValidity()));
		return settings.publicUrl() + "/privacy/downloads/" + token;
	}
}
