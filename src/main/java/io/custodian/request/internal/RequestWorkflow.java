package io.custodian.request.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestState;
import io.custodian.request.RequestSummary;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * The life of a request after intake: verification, fulfilment, and the states staff move it through; each public
 * method is one transaction.
 */
@Service
public class RequestWorkflow {

	private static final String ATTEMPTS_LEFT = "is wrong; {0,choice,1#1 attempt|1<{0,number,integer} attempts} left";

	private final Requests requests;

	private final RequestCrypto crypto;

	private final VerificationCodes codes;

	private final RequestCompletion completion;

	private final StaffDecisions decisions;

	private final AuditTrail audit;

	private final RequestSettings settings;

	private final TransactionTemplate transactions;

	RequestWorkflow(Requests requests, RequestCrypto crypto, VerificationCodes codes, RequestCompletion completion,
			StaffDecisions decisions, AuditTrail audit, RequestSettings settings, TransactionTemplate transactions) {
		this.requests = requests;
		this.crypto = crypto;
		this.codes = codes;
		this.completion = completion;
		this.decisions = decisions;
		this.audit = audit;
		this.settings = settings;
		this.transactions = transactions;
	}

	@Transactional(noRollbackFor = ErrorResponseException.class)
	public RequestSummary checkCode(UUID id, String code) {
		var request = requests.lock(id).orElseThrow(() -> Problems.notFound("Request " + id));
		if (request.awaitsCode() && request.failedAttempts() >= settings.maxAttempts()) {
			request.lock();
			requests.save(request);
		}
		if (request.state() == RequestState.LOCKED) {
			throw DefaultRequestDesk.locked();
		}
		if (!request.awaitsCode()) {
			throw new InvalidInput("code", "is expired or used: this request is " + request.state().id());
		}
		var check = request.customerId() == null ? VerificationCodes.Check.WRONG : codes.check(id, code);
		if (check == VerificationCodes.Check.EXPIRED_OR_USED) {
			throw new InvalidInput("code", "is expired or used; ask for a new code");
		}
		if (check == VerificationCodes.Check.WRONG) {
			throw wrongCode(request);
		}
		return verified(request, request.customerId(), "email code");
	}

	/** Counts a wrong code; the refusal says how many attempts are left, or that the request is now locked. */
	private RuntimeException wrongCode(PrivacyRequest request) {
		var id = request.filing().id();
		var locked = request.wrongCode(settings.maxAttempts());
		requests.save(request);
		requests.event(id, "requester", "wrong-code", null);
		audit.record(AuditEvent.of("request.code-wrong", "request:" + id).denied("attempt " + request.failedAttempts()));
		if (locked) {
			requests.event(id, "system", "locked", null);
			return DefaultRequestDesk.locked();
		}
		return new InvalidInput("code", new MessageFormat(ATTEMPTS_LEFT, Locale.ENGLISH)
			.format(new Object[] { settings.maxAttempts() - request.failedAttempts() }));
	}

	@Transactional
	public RequestSummary markVerified(UUID id, UUID customerId, String how) {
		return verified(requests.lock(id).orElseThrow(() -> Problems.notFound("Request " + id)), customerId, how);
	}

	private RequestSummary verified(PrivacyRequest request, UUID customerId, String how) {
		if (customerId == null) {
			throw new InvalidInput("customer", "a verified request must belong to a customer");
		}
		var id = request.filing().id();
		request.verify(customerId, Instant.now());
		requests.save(request);
		requests.event(id, "requester", "verified", crypto.encrypt(id, "note", how));
		audit.record(AuditEvent.of("request.verified", "request:" + id).detail(how));
		return requests.find(id).orElseThrow().summary();
	}

	/** Fulfils now; when a store refuses, the request waits in progress for staff, with the reason on its timeline. */
	public RequestSummary fulfilOrHandOver(UUID id) {
		try {
			return transactions.execute(status -> completion.fulfil(id));
		}
		catch (ErrorResponseException e) {
			return transactions.execute(status -> completion.handOver(id, String.valueOf(e.getBody().getDetail())));
		}
	}

	@Transactional
	public RequestSummary approve(UUID id) {
		return completion.fulfil(id);
	}

	@Transactional
	public RequestSummary reject(UUID id, String reason) {
		return decisions.reject(id, reason);
	}

	@Transactional
	public RequestSummary extend(UUID id, int months, String reason) {
		return decisions.extend(id, months, reason);
	}

	@Transactional
	public RequestSummary assign(UUID id, String staff) {
		return decisions.assign(id, staff);
	}

	@Transactional
	public void note(UUID id, String text) {
		decisions.note(id, text);
	}

	/** Emails the requester at the address on file, after the commit; recorded on the timeline and in the audit. */
	@Transactional
	public void reply(UUID id, String text) {
		decisions.reply(id, text);
	}

	@Transactional
	public RequestSummary changeType(UUID id, String type) {
		return decisions.changeType(id, type);
	}
}
