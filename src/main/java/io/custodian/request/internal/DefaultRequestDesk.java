package io.custodian.request.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestSubmitted;
import io.custodian.request.RequestSummary;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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

	private final AuditTrail audit;

	private final RequestSettings settings;

	private final RequestWorkflow workflow;

	private final JsonMapper json;

	private final IntakeCheck intake;

	private final RequestLinks links;

	private final RequestOutbox outbox;

	private final TransactionTemplate transactions;

	DefaultRequestDesk(Requests requests, RequestCrypto crypto, IntakeCheck intake, RequestLinks links,
			RequestOutbox outbox, CustomerVault vault, AuditTrail audit, RequestSettings settings,
			RequestWorkflow workflow, JsonMapper json, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.requests = requests;
		this.crypto = crypto;
		this.intake = intake;
		this.links = links;
		this.outbox = outbox;
		this.vault = vault;
		this.audit = audit;
		this.settings = settings;
		this.workflow = workflow;
		this.json = json;
	}

	@Override
	@Transactional
	public RequestSubmitted submit(NewRequest request) {
		var received = receive(request, true);
		outbox.code(received.filing().id());
		return new RequestSubmitted(received.filing().id(), received.filing().reference(), SAME_ANSWER);
	}

	@Override
	public RequestSummary submitSignedIn(NewRequest request, UUID customerId) {
		var id = transactions.execute(status -> {
			var received = receive(request, false);
			if (!customerId.equals(received.summary().customerId())) {
				throw new InvalidInput("email", "must be the email on file of the signed-in customer");
			}
			return workflow.markVerified(received.filing().id(), customerId, "signed-in customer").id();
		});
		return settings.autoFulfil() ? workflow.fulfilOrHandOver(id) : status(id);
	}

	private PrivacyRequest receive(NewRequest request, boolean awaitCode) {
		var checked = intake.check(request);
		var id = UUID.randomUUID();
		var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		var customer = vault.idByEmail(checked.email()).orElse(null);
		var due = now.atZone(ZoneOffset.UTC).plus(settings.periodFor(request.site())).toInstant();
		var details = new LinkedHashMap<String, Object>();
		details.put("message", request.message());
		details.put("changes", request.changes());
		details.put("fields", request.fields());
		details.put("identifiers", request.identifiers());
		var stored = PrivacyRequest.receive(new Filing(id, reference(), request.site(), checked.channel(),
				request.language(), crypto.emailIndex(checked.email()), crypto.encrypt(id, "email", checked.email()),
				crypto.encrypt(id, "details", json.writeValueAsString(details)), now), checked.type(), customer, due);
		if (awaitCode) {
			stored.sendCode();
		}
		requests.insert(stored);
		links.create(id);
		requests.event(id, "requester", "received", null);
		audit.record(AuditEvent.of("request.received", "request:" + id).detail(checked.type().id() + " by " + checked.channel()));
		return stored;
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
		if (request.awaitsCode()) {
			request.sendCode();
			outbox.code(requestId);
		}
	}

	@Override
	public RequestSummary verifiedBySession(UUID requestId, UUID customerId) {
		transactions.executeWithoutResult(status -> {
			var request = requests.lock(requestId).filter(r -> customerId.equals(r.summary().customerId()))
				.orElseThrow(() -> Problems.notFound("Request " + requestId));
			if (!request.awaitsCode()) {
				throw Problems.of(HttpStatus.CONFLICT, "Not awaiting confirmation", "The request is " + request.summary().state());
			}
			workflow.markVerified(requestId, customerId, "signed-in customer");
		});
		return settings.autoFulfil() ? workflow.fulfilOrHandOver(requestId) : status(requestId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> requestOfLink(String token) {
		return links.find(token);
	}

	@Override
	@Transactional(readOnly = true)
	public RequestSummary status(UUID requestId) {
		return publicly(requests.find(requestId).orElseThrow(() -> Problems.notFound("Request " + requestId)));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.List<RequestSummary> ofCustomer(UUID customerId) {
		return requests.ofCustomer(customerId, 100).stream().map(DefaultRequestDesk::publicly).toList();
	}

	private static RequestSummary publicly(PrivacyRequest request) {
		var summary = request.summary();
		return new RequestSummary(summary.id(), summary.reference(), summary.site(), summary.type(), summary.state(),
				summary.channel(), summary.receivedAt(), summary.dueAt(), summary.extensionReason(), null,
				summary.verifiedAt(), summary.closedAt(), summary.failedAttempts(), null);
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

}
