package io.custodian.support.internal;

import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import io.custodian.support.CaseMessage;
import io.custodian.support.CaseStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Staff replies: the customer's address is read for the support purpose first (a refusal of the purpose guard is
 * audited and the reply is kept without a mail), then the reply is recorded in one transaction, the case waits on
 * the customer, and the mail leaves after the commit.
 */
@Service
public class StaffReplies {

	private final SupportDesk desk;

	private final Cases cases;

	private final CustomerVault vault;

	private final SupportMail mail;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	StaffReplies(SupportDesk desk, Cases cases, CustomerVault vault, SupportMail mail, AuditTrail audit,
			TransactionTemplate transactions) {
		this.desk = desk;
		this.cases = cases;
		this.vault = vault;
		this.mail = mail;
		this.audit = audit;
		this.transactions = transactions;
	}

	public CaseMessage reply(UUID caseId, String staffMember, String text) {
		var body = SupportInput.body("text", text);
		var email = emailForSupport(desk.writable(caseId).customerId());
		return transactions.execute(tx -> record(caseId, "staff:" + staffMember, body, email));
	}

	private CaseMessage record(UUID caseId, String author, String body, String email) {
		var found = desk.writable(caseId);
		var messageId = email == null ? null : mail.newMessageId();
		var message = cases.append(caseId, author, body, messageId);
		if (CaseStatus.OPEN.id().equals(found.status())) {
			cases.setStatus(caseId, CaseStatus.WAITING.id());
		}
		audit.record(AuditEvent.of("support.replied", found.customerId()).purpose(SupportDesk.PURPOSE)
			.detail(found.reference() + " by " + author + (email == null ? ", not mailed: no email for support" : ", mailed")));
		if (email != null) {
			var references = cases.messages(caseId).stream().map(CaseMessage::messageId)
				.filter(id -> id != null && !id.equals(messageId)).toList();
			mail.sendAfterCommit(email, found, body, messageId, references);
		}
		return message;
	}

	private String emailForSupport(UUID customer) {
		try {
			return vault.read(customer, SupportDesk.PURPOSE).values().get("email");
		}
		catch (ErrorResponseException e) {
			return null;
		}
	}
}
