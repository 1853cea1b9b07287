package io.custodian.request.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.HashChain;
import io.custodian.customer.CustomerVault;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestState;
import io.custodian.request.RequestSummary;
import io.custodian.request.RequestType;
import io.custodian.system.Problems;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closes a verified request: carries it out, stores the result, tells the requester (with a download link for
 * access); or hands it to staff with the reason. Runs inside the caller's transaction.
 */
@Component
class RequestCompletion {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Requests requests;

	private final RequestCrypto crypto;

	private final RequestDetails details;

	private final Fulfilment fulfilment;

	private final RequestMail mail;

	private final CustomerVault vault;

	private final AuditTrail audit;

	private final RequestSettings settings;

	private final JsonMapper json;

	RequestCompletion(Requests requests, RequestCrypto crypto, RequestDetails details, Fulfilment fulfilment,
			RequestMail mail, CustomerVault vault, AuditTrail audit, RequestSettings settings, JsonMapper json) {
		this.requests = requests;
		this.crypto = crypto;
		this.details = details;
		this.fulfilment = fulfilment;
		this.mail = mail;
		this.vault = vault;
		this.audit = audit;
		this.settings = settings;
		this.json = json;
	}

	RequestSummary fulfil(UUID id) {
		var request = requests.lock(id).orElseThrow(() -> Problems.notFound("Request " + id));
		if (request.state() != RequestState.VERIFIED && request.state() != RequestState.IN_PROGRESS) {
			throw Problems.conflict("Only a verified request can be fulfilled; this one is " + request.state().id());
		}
		var to = vault.emailOnFile(request.customerId(), "privacy request " + request.reference() + ": answer");
		var result = fulfilment.carryOut(request.type(), request.reference(), request.customerId(), details.of(request));
		var closed = Instant.now();
		requests.update(id, Map.of("state", RequestState.COMPLETED, "closed_at", closed, "result_ct",
				crypto.encrypt(id, "result", json.writeValueAsString(result))));
		requests.event(id, "system", "completed", null);
		audit.record(AuditEvent.of("request.completed", "request:" + id).detail(request.type().id()));
		var sent = mail.send(to, RequestTexts.completedSubject(request.reference(), request.language()),
				completionText(request));
		requests.event(id, "system", sent ? "confirmation-sent" : "confirmation-not-sent", null);
		return requests.find(id).orElseThrow().summary();
	}

	/** Leaves the request in progress for staff, with the reason fulfilment stopped on its timeline. */
	RequestSummary handOver(UUID id, String reason) {
		requests.update(id, Map.of("state", RequestState.IN_PROGRESS));
		requests.event(id, "system", "needs-staff", crypto.encrypt(id, "note", reason));
		return requests.find(id).orElseThrow().summary();
	}

	private String completionText(StoredRequest request) {
		var link = request.type() == RequestType.ACCESS ? downloadLink(request.id()) : null;
		return RequestTexts.completed(request.reference(), request.type(), link, settings.downloadValidity().toDays(),
				request.language());
	}

	private String downloadLink(UUID id) {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		requests.download(HashChain.sha256(token), id, Instant.now().plus(settings.downloadValidity()));
		return settings.publicUrl() + "/privacy/downloads/" + token;
	}
}
