package io.custodian.request.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
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
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The life of a request after intake: verification, fulfilment, and the states staff move it through. */
@Service
public class RequestWorkflow {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Requests requests;

	private final RequestCrypto crypto;

	private final VerificationCodes codes;

	private final Fulfilment fulfilment;

	private final RequestMail mail;

	private final CustomerVault vault;

	private final AuditTrail audit;

	private final RequestSettings settings;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	RequestWorkflow(Requests requests, RequestCrypto crypto, VerificationCodes codes, Fulfilment fulfilment,
			RequestMail mail, CustomerVault vault, AuditTrail audit, RequestSettings settings,
			TransactionTemplate transactions, JsonMapper json) {
		this.requests = requests;
		this.crypto = crypto;
		this.codes = codes;
		this.fulfilment = fulfilment;
		this.mail = mail;
		this.vault = vault;
		this.audit = audit;
		this.settings = settings;
		this.transactions = transactions;
		this.json = json;
	}

	@Transactional(noRollbackFor = ErrorResponseException.class)
	public RequestSummary checkCode(UUID id, String code) {
		var request = requests.lock(id).orElseThrow(() -> Problems.notFound("Request " + id));
		if (request.failedAttempts() >= settings.maxAttempts()) {
			throw DefaultRequestDesk.locked();
		}
		if (request.state() != RequestState.VERIFYING) {
			throw new InvalidInput("code", "is expired or used: this request is " + request.state().id());
		}
		var check = request.customerId() == null ? VerificationCodes.Check.WRONG : codes.check(id, code);
		if (check == VerificationCodes.Check.EXPIRED_OR_USED) {
			throw new InvalidInput("code", "is expired or used; ask for a new code");
		}
		if (check == VerificationCodes.Check.WRONG) {
			var attempts = request.failedAttempts() + 1;
			requests.update(id, Map.of("failed_attempts", attempts));
			requests.event(id, "requester", "wrong-code", null);
			audit.record(AuditEvent.of("request.code-wrong", "request:" + id).denied("attempt " + attempts));
			if (attempts >= settings.maxAttempts()) {
				requests.event(id, "system", "locked", null);
				throw DefaultRequestDesk.locked();
			}
			throw new InvalidInput("code", "is wrong; " + (settings.maxAttempts() - attempts) + " attempts left");
		}
		return markVerified(id, request.customerId(), "email code");
	}

	@Transactional
	public RequestSummary markVerified(UUID id, UUID customerId, String how) {
		if (customerId == null) {
			throw new InvalidInput("customer", "a verified request must belong to a customer");
		}
		requests.update(id, Map.of("state", RequestState.VERIFIED, "verified_at", Instant.now(), "customer_id", customerId));
		requests.event(id, "requester", "verified", crypto.encrypt(id, "note", how));
		audit.record(AuditEvent.of("request.verified", "request:" + id).detail(how));
		return requests.find(id).orElseThrow().summary();
	}

	/** Fulfils now; when a store refuses, the request waits in progress for staff, with the reason on its timeline. */
	public RequestSummary fulfilOrHandOver(UUID id) {
		try {
			return transactions.execute(status -> fulfil(id));
		}
		catch (ErrorResponseException e) {
			return transactions.execute(status -> {
				requests.update(id, Map.of("state", RequestState.IN_PROGRESS));
				requests.event(id, "system", "needs-staff", crypto.encrypt(id, "note", String.valueOf(e.getBody().getDetail())));
				return requests.find(id).orElseThrow().summary();
			});
		}
	}

	@Transactional
	public RequestSummary approve(UUID id) {
		return fulfil(id);
	}

	private RequestSummary fulfil(UUID id) {
		var request = requests.lock(id).orElseThrow(() -> Problems.notFound("Request " + id));
		if (request.state() != RequestState.VERIFIED && request.state() != RequestState.IN_PROGRESS) {
			throw Problems.conflict("Only a verified request can be fulfilled; this one is " + request.state().id());
		}
		var to = vault.emailOnFile(request.customerId(), "privacy request " + request.reference() + ": answer");
		var result = fulfilment.carryOut(request.type(), request.reference(), request.customerId(), details(request));
		var closed = Instant.now();
		requests.update(id, Map.of("state", RequestState.COMPLETED, "closed_at", closed, "result_ct",
				crypto.encrypt(id, "result", json.writeValueAsString(result))));
		requests.event(id, "system", "completed", null);
		audit.record(AuditEvent.of("request.completed", "request:" + id).detail(request.type().id()));
		var text = request.type() == RequestType.ACCESS
				? "Your privacy request " + request.reference() + " is complete. Download your data (the link works for "
						+ settings.downloadValidity().toDays() + " days): " + downloadLink(id)
				: "Your privacy request " + request.reference() + " (" + request.type().id() + ") is complete.";
		var sent = mail.send(to, "Privacy request " + request.reference() + " completed", text);
		requests.event(id, "system", sent ? "confirmation-sent" : "confirmation-not-sent", null);
		return requests.find(id).orElseThrow().summary();
	}

	@Transactional
	public RequestSummary reject(UUID id, String reason) {
		var request = open(id);
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw new InvalidInput("reason", "tell the requester why, up to 2000 characters");
		}
		requests.update(id, Map.of("state", RequestState.REJECTED, "closed_at", Instant.now()));
		requests.event(id, actor(), "rejected", crypto.encrypt(id, "note", reason));
		audit.record(AuditEvent.of("request.rejected", "request:" + id));
		if (request.customerId() != null) {
			mail.send(vault.emailOnFile(request.customerId(), "privacy request " + request.reference() + ": rejection"),
					"Privacy request " + request.reference(), "We could not fulfil your request: " + reason);
		}
		return requests.find(id).orElseThrow().summary();
	}

	@Transactional
	public RequestSummary extend(UUID id, int months, String reason) {
		var request = open(id);
		if (months < 1 || months > settings.maxExtension().toTotalMonths() || request.extensionReason() != null) {
			throw new InvalidInput("months", "extend once, by 1 to " + settings.maxExtension().toTotalMonths() + " months");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new InvalidInput("reason", "is required and told to the requester, up to 1000 characters");
		}
		var due = request.dueAt().atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
		requests.update(id, Map.of("due_at", due, "extension_reason", reason));
		requests.event(id, actor(), "extended", crypto.encrypt(id, "note", reason));
		audit.record(AuditEvent.of("request.extended", "request:" + id).detail(months + " months"));
		if (request.customerId() != null) {
			mail.send(vault.emailOnFile(request.customerId(), "privacy request " + request.reference() + ": extension"),
					"Privacy request " + request.reference(), "We need more time to answer your request, until " + due
							+ ". The reason: " + reason);
		}
		return requests.find(id).orElseThrow().summary();
	}

	@Transactional
	public RequestSummary assign(UUID id, String staff) {
		if (staff == null || staff.isBlank() || staff.length() > 100) {
			throw new InvalidInput("staff", "name the staff member's username");
		}
		open(id);
		requests.update(id, Map.of("assigned_to", staff));
		requests.event(id, actor(), "assigned", crypto.encrypt(id, "note", staff));
		return requests.find(id).orElseThrow().summary();
	}

	@Transactional
	public void note(UUID id, String text) {
		requests.find(id).orElseThrow(() -> Problems.notFound("Request " + id));
		if (text == null || text.isBlank() || text.length() > 5000) {
			throw new InvalidInput("note", "is required, up to 5000 characters");
		}
		requests.event(id, actor(), "note", crypto.encrypt(id, "note", text));
	}

	@Transactional
	public RequestSummary changeType(UUID id, String type) {
		var request = open(id);
		var newType = RequestType.fromId(type).orElseThrow(() -> new InvalidInput("type", "must be one of " + RequestType.ids()));
		requests.update(id, Map.of("type", newType.id()));
		requests.event(id, actor(), "type-changed", crypto.encrypt(id, "note", request.type().id() + " → " + newType.id()));
		return requests.find(id).orElseThrow().summary();
	}

	Map<String, Object> details(StoredRequest request) {
		var text = crypto.decrypt(request.id(), "details", request.detailsCiphertext());
		return text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, Object>>() {
		});
	}

	private String downloadLink(UUID id) {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		requests.download(HashChain.sha256(token), id, Instant.now().plus(settings.downloadValidity()));
		return settings.publicUrl() + "/privacy/downloads/" + token;
	}

	private StoredRequest open(UUID id) {
		var request = requests.lock(id).orElseThrow(() -> Problems.notFound("Request " + id));
		if (request.state().isFinal()) {
			throw Problems.conflict("This request is " + request.state().id());
		}
		return request;
	}

	private static String actor() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

}
