package io.custodian.request.internal;

import java.time.Instant;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestSummary;
import io.custodian.request.RequestType;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What staff decide about an open request: reject, extend, assign, note, change its type; each on its timeline under
 * the signed-in user's name, the requester told where it concerns them. Runs inside the caller's transaction.
 */
@Component
class StaffDecisions {

	private final Requests requests;

	private final RequestCrypto crypto;

	private final RequestMail mail;

	private final CustomerVault vault;

	private final AuditTrail audit;

	private final RequestSettings settings;

	private final RequestOutbox outbox;

	private final RequestTexts texts;

	StaffDecisions(Requests requests, RequestCrypto crypto, RequestMail mail, CustomerVault vault, AuditTrail audit,
			RequestSettings settings, RequestOutbox outbox, RequestTexts texts) {
		this.texts = texts;
		this.outbox = outbox;
		this.requests = requests;
		this.crypto = crypto;
		this.mail = mail;
		this.vault = vault;
		this.audit = audit;
		this.settings = settings;
	}

	RequestSummary reject(UUID id, String reason) {
		var request = open(id);
		request.reject(Instant.now());
		requests.save(request);
		requests.event(id, actor(), "rejected", crypto.encrypt(id, "note", reason));
		audit.record(AuditEvent.of("request.rejected", "request:" + id));
		if (request.customerId() != null) {
			var filing = request.filing();
			mail.send(vault.emailOnFile(request.customerId(), "privacy request " + filing.reference() + ": rejection"),
					texts.subject(filing.reference(), filing.language()),
					texts.rejected(reason, filing.language()));
		}
		return requests.find(id).orElseThrow().summary();
	}

	RequestSummary extend(UUID id, int months, String reason) {
		var request = open(id);
		if (months < 1 || months > settings.maxExtension().toTotalMonths() || request.extensionReason() != null) {
			throw new InvalidInput("months", "extend once, by 1 to " + settings.maxExtension().toTotalMonths() + " months");
		}
		request.extend(months, reason);
		requests.save(request);
		var due = request.dueAt();
		requests.event(id, actor(), "extended", crypto.encrypt(id, "note", reason));
		audit.record(AuditEvent.of("request.extended", "request:" + id).detail(months + " months"));
		if (request.customerId() != null) {
			var filing = request.filing();
			mail.send(vault.emailOnFile(request.customerId(), "privacy request " + filing.reference() + ": extension"),
					texts.subject(filing.reference(), filing.language()),
					texts.extended(due, reason, filing.language()));
		}
		return requests.find(id).orElseThrow().summary();
	}

	RequestSummary assign(UUID id, String staff) {
		var request = open(id);
		request.assign(staff);
		requests.save(request);
		requests.event(id, actor(), "assigned", crypto.encrypt(id, "note", staff));
		return requests.find(id).orElseThrow().summary();
	}

	void note(UUID id, String text) {
		requests.find(id).orElseThrow(() -> Problems.notFound("Request " + id));
		requests.event(id, actor(), "note", crypto.encrypt(id, "note", text));
	}

	/** Emails the requester at the address on file, through the outbox; on the timeline and in the audit. */
	void reply(UUID id, String text) {
		var request = requests.find(id).orElseThrow(() -> Problems.notFound("Request " + id));
		if (request.customerId() == null) {
			throw Problems.conflict("This request has no email on file to answer: its address belongs to no customer");
		}
		var filing = request.filing();
		var to = vault.emailOnFile(request.customerId(), "privacy request " + filing.reference() + ": reply from staff");
		outbox.mail(id, new OutgoingMail(to, texts.subject(filing.reference(), filing.language()),
				texts.staffReply(filing.reference(), text, filing.language())));
		requests.event(id, actor(), "replied", crypto.encrypt(id, "note", text));
		audit.record(AuditEvent.of("request.replied", "request:" + id));
	}

	RequestSummary changeType(UUID id, String type) {
		var request = open(id);
		var newType = RequestType.fromId(type).orElseThrow(() -> new InvalidInput("type", "must be one of " + RequestType.ids()));
		var previous = request.type();
		request.retype(newType);
		requests.save(request);
		requests.event(id, actor(), "type-changed", crypto.encrypt(id, "note", previous.id() + " → " + newType.id()));
		return requests.find(id).orElseThrow().summary();
	}

	private PrivacyRequest open(UUID id) {
		var request = requests.lock(id).orElseThrow(() -> Problems.notFound("Request " + id));
		if (request.state().isFinal()) {
			throw Problems.conflict("This request is " + request.state().id());
		}
		return request;
	}

	private static String actor() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}
}
