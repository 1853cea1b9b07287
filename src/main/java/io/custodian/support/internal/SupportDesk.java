package io.custodian.support.internal;

import java.util.List;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import io.custodian.support.CaseDetail;
import io.custodian.support.CaseMessage;
import io.custodian.support.CaseStatus;
import io.custodian.support.NewCase;
import io.custodian.support.SupportCase;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The rules of support cases: who may open and write (never for a suspended customer: 409), which status moves are
 * allowed, and an audit entry for every change.
 */
@Service
public class SupportDesk {

	static final String PURPOSE = "support";

	private final Cases cases;

	private final CustomerVault vault;

	private final AuditTrail audit;

	SupportDesk(Cases cases, CustomerVault vault, AuditTrail audit) {
		this.cases = cases;
		this.vault = vault;
		this.audit = audit;
	}

	/** Opens a case with its first message; the channel is account, staff, email or api. */
	@Transactional
	public SupportCase open(NewCase request, String channel, String author) {
		return open(request, channel, author, null);
	}

	/** Opens a case from a known customer's mail, keeping its Message-ID. */
	@Transactional
	SupportCase openByMail(NewCase request, String messageId) {
		return open(request, "email", "email", messageId);
	}

	private SupportCase open(NewCase request, String channel, String author, String messageId) {
		if (request.customerId() == null) {
			throw new InvalidInput("customerId", "name the customer the case is for");
		}
		var subject = SupportInput.subject(request.subject());
		var body = SupportInput.body("message", request.message());
		if (vault.summaries(List.of(request.customerId())).isEmpty()) {
			throw new InvalidInput("customerId", "no customer has this id");
		}
		requireActive(request.customerId());
		var opened = cases.insert(request.customerId(), subject, channel);
		cases.append(opened.id(), author, body, messageId);
		audit.record(AuditEvent.of("support.case-opened", request.customerId()).purpose(PURPOSE)
			.detail(opened.reference() + " by " + author + " via " + channel));
		return cases.find(opened.id()).orElseThrow();
	}

	/** A message from the customer (signed in, or by email): recorded, and the case is open again. */
	@Transactional
	public CaseMessage customerMessage(UUID caseId, String author, String text, String messageId) {
		var body = SupportInput.body("text", text);
		var found = writable(caseId);
		var message = cases.append(caseId, author, body, messageId);
		if (!CaseStatus.OPEN.id().equals(found.status())) {
			cases.setStatus(caseId, CaseStatus.OPEN.id());
		}
		audit.record(AuditEvent.of("email".equals(author) ? "support.mail-in" : "support.replied", found.customerId())
			.purpose(PURPOSE).detail(found.reference() + " by " + author));
		return message;
	}

	@Transactional
	public SupportCase changeStatus(UUID caseId, String status) {
		var to = CaseStatus.fromId(status == null ? "" : status)
			.orElseThrow(() -> new InvalidInput("status", "must be one of open, waiting, resolved, closed"));
		var found = get(caseId);
		var from = CaseStatus.fromId(found.status()).orElseThrow();
		if (!from.next().contains(to)) {
			throw Problems.conflict("A " + from.id() + " case cannot become " + to.id());
		}
		cases.setStatus(caseId, to.id());
		audit.record(AuditEvent.of("support.status-changed", found.customerId()).purpose(PURPOSE)
			.detail(found.reference() + " " + from.id() + " -> " + to.id()));
		return get(caseId);
	}

	@Transactional
	public SupportCase assign(UUID caseId, String assignee) {
		var staff = SupportInput.assignee(assignee);
		var found = get(caseId);
		cases.setAssignee(caseId, staff);
		audit.record(AuditEvent.of("support.assigned", found.customerId()).purpose(PURPOSE)
			.detail(found.reference() + " to " + (staff == null ? "nobody" : staff)));
		return get(caseId);
	}

	@Transactional(readOnly = true)
	public SupportCase get(UUID caseId) {
		return cases.find(caseId).orElseThrow(() -> Problems.notFound("Case " + caseId));
	}

	/**
	 * The case with its conversation and the customer seen through the support purpose only; not one transaction,
	 * so that a refusal of the purpose guard (audited) leaves the case readable.
	 */
	public CaseDetail detail(UUID caseId) {
		var found = get(caseId);
		try {
			var view = vault.read(found.customerId(), PURPOSE);
			return new CaseDetail(found, cases.messages(caseId), view.values(), null);
		}
		catch (ErrorResponseException e) {
			return new CaseDetail(found, cases.messages(caseId), java.util.Map.of(), e.getBody().getDetail());
		}
	}

	@Transactional(readOnly = true)
	public List<SupportCase> latest(String status, int limit) {
		if (status != null && !status.isBlank() && CaseStatus.fromId(status).isEmpty()) {
			throw new InvalidInput("status", "must be one of open, waiting, resolved, closed");
		}
		return cases.latest(status == null || status.isBlank() ? null : status, Math.max(1, Math.min(limit, 500)));
	}

	@Transactional(readOnly = true)
	public List<SupportCase> ofCustomer(UUID customer) {
		return cases.ofCustomer(customer);
	}

	/** A case of this customer with its messages; another customer's case is not found (404). */
	@Transactional(readOnly = true)
	public CaseDetail ownCase(UUID customer, UUID caseId) {
		var found = cases.find(caseId).filter(c -> c.customerId().equals(customer))
			.orElseThrow(() -> Problems.notFound("Case " + caseId));
		return new CaseDetail(found, cases.messages(caseId), java.util.Map.of(), null);
	}

	/** A signed-in customer's reply to one of their own cases (another customer's case is not found). */
	@Transactional
	public CaseMessage customerReply(UUID customer, UUID caseId, String text) {
		ownCase(customer, caseId);
		return customerMessage(caseId, "customer", text, null);
	}

	SupportCase writable(UUID caseId) {
		var found = get(caseId);
		if (CaseStatus.CLOSED.id().equals(found.status())) {
			throw Problems.conflict("Case " + found.reference() + " is closed; open a new case");
		}
		requireActive(found.customerId());
		return found;
	}

	private void requireActive(UUID customer) {
		if ("restricted".equals(vault.summary(customer).status())) {
			throw Problems.conflict("Processing of this customer's data is suspended at their request; "
					+ "no case or message is recorded");
		}
	}
}
