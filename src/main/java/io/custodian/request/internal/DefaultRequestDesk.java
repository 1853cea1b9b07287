package io.custodian.request.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.collect.Sites;
import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerVault;
import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestState;
import io.custodian.request.RequestSubmitted;
import io.custodian.request.RequestSummary;
import io.custodian.request.RequestType;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.custodian.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Intake and verification: a code goes only to the email on file, and unknown emails get the same answer. */
@Service
class DefaultRequestDesk implements RequestDesk {

	static final String SAME_ANSWER = "If we hold data about this email address, we have sent a confirmation code to it. "
			+ "Enter the code to continue; it is valid for a limited time.";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Requests requests;

	private final RequestCrypto crypto;

	private final CustomerVault vault;

	private final Sites sites;

	private final AuditTrail audit;

	private final RequestSettings settings;

	private final RequestWorkflow workflow;

	private final JsonMapper json;

	private final CodeMailer codeMailer;

	DefaultRequestDesk(Requests requests, RequestCrypto crypto, CodeMailer codeMailer, CustomerVault vault, Sites sites,
			AuditTrail audit, RequestSettings settings, RequestWorkflow workflow, JsonMapper json) {
		this.requests = requests;
		this.crypto = crypto;
		this.codeMailer = codeMailer;
		this.vault = vault;
		this.sites = sites;
		this.audit = audit;
		this.settings = settings;
		this.workflow = workflow;
		this.json = json;
	}

	@Override
	@Transactional
	public RequestSubmitted submit(NewRequest request) {
		var checked = check(request);
		var id = UUID.randomUUID();
		var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		var customer = vault.idByEmail(checked.email()).orElse(null);
		var due = now.atZone(ZoneOffset.UTC).plus(settings.periodFor(request.site())).toInstant();
		var details = new LinkedHashMap<String, Object>();
		details.put("message", request.message());
		details.put("changes", request.changes());
		details.put("fields", request.fields());
		details.put("identifiers", request.identifiers());
		var stored = new StoredRequest(id, reference(), request.site(), checked.type(), RequestState.VERIFYING,
				checked.channel(), request.language(), crypto.emailIndex(checked.email()),
				crypto.encrypt(id, "email", checked.email()), crypto.encrypt(id, "details", json.writeValueAsString(details)),
				customer, now, due, null, null, null, null, 0, null);
		requests.insert(stored);
		requests.event(id, "requester", "received", null);
		audit.record(AuditEvent.of("request.received", "request:" + id).detail(checked.type().id() + " by " + checked.channel()));
		if (customer != null) {
			codeMailer.sendAfterCommit(id);
		}
		return new RequestSubmitted(id, stored.reference(), SAME_ANSWER);
	}

	@Override
	public RequestSummary verify(UUID requestId, String code) {
		if (code == null || !code.matches("\\d{6}")) {
			throw new InvalidInput("code", "must be the 6 digits from the email");
		}
		var verified = workflow.checkCode(requestId, code);
		if (settings.autoFulfil()) {
			return workflow.fulfilOrHandOver(verified.id());
		}
		return verified;
	}

	@Override
	@Transactional
	public void resendCode(UUID requestId) {
		var request = requests.lock(requestId).orElseThrow(() -> Problems.notFound("Request " + requestId));
		if (request.state() == RequestState.VERIFYING && request.customerId() != null
				&& request.failedAttempts() < settings.maxAttempts()) {
			codeMailer.sendAfterCommit(requestId);
		}
	}

	@Override
	@Transactional
	public RequestSummary verifiedBySession(UUID requestId, UUID customerId) {
		return workflow.markVerified(requestId, customerId, "signed-in customer");
	}

	@Override
	@Transactional(readOnly = true)
	public RequestSummary status(UUID requestId) {
		var request = requests.find(requestId).orElseThrow(() -> Problems.notFound("Request " + requestId));
		var summary = request.summary();
		return new RequestSummary(summary.id(), summary.reference(), summary.site(), summary.type(), summary.state(),
				summary.channel(), summary.receivedAt(), summary.dueAt(), summary.extensionReason(), null,
				summary.verifiedAt(), summary.closedAt(), summary.failedAttempts(), null);
	}


	private Checked check(NewRequest request) {
		var errors = new ArrayList<FieldError>();
		var email = CustomerField.EMAIL.validate(request.email() == null ? "" : request.email());
		if (!email.isValid()) {
			errors.add(new FieldError("email", email.reason()));
		}
		RequestType type = null;
		if (request.type() != null) {
			type = RequestType.fromId(request.type()).orElse(null);
			if (type == null) {
				errors.add(new FieldError("type", "must be one of " + RequestType.ids()));
			}
		}
		if (request.message() != null && request.message().length() > 10_000) {
			errors.add(new FieldError("message", "must be at most 10000 characters"));
		}
		if (request.changes().size() > 50 || request.fields().size() > 50 || request.identifiers().size() > 20) {
			errors.add(new FieldError("changes", "at most 50 changes and fields, 20 identifiers"));
		}
		request.changes().forEach((k, v) -> {
			if (k == null || v == null || k.length() > 100 || v.length() > 1000) {
				errors.add(new FieldError("changes", "each change names a field and a value up to 1000 characters"));
			}
		});
		var channel = request.channel() == null ? "api" : request.channel();
		if (!List.of("web", "email", "api").contains(channel)) {
			errors.add(new FieldError("channel", "must be web, email or api"));
		}
		if (request.site() != null && sites.find(request.site()).isEmpty()) {
			errors.add(new FieldError("site", "is not a registered site"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Checked(email.value(), type != null ? type : TypeGuesser.guess(request.message()), channel);
	}

	private static String reference() {
		var text = new StringBuilder("PR-");
		for (int i = 0; i < 8; i++) {
			text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

	static RuntimeException locked() {
		return Problems.of(HttpStatus.LOCKED, "Locked", "Too many wrong codes: this request is locked. Make a new request.");
	}

	private record Checked(String email, RequestType type, String channel) {
	}

}
