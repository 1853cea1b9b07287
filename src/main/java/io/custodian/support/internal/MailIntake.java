package io.custodian.support.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import io.custodian.support.CaseStatus;
import io.custodian.support.NewCase;
import io.custodian.support.SupportCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files one received mail, once (its Message-ID is remembered): a mail answering a case (by Message-ID or by the
 * {@code [Case C-…]} subject) from that case's customer becomes a customer message; from anyone else it is ignored
 * and audited; a mail answering no case opens a new case when it comes from a known customer.
 */
@Component
class MailIntake {

	private final JdbcClient jdbc;

	private final Cases cases;

	private final SupportDesk desk;

	private final CustomerVault vault;

	private final AuditTrail audit;

	MailIntake(JdbcClient jdbc, Cases cases, SupportDesk desk, CustomerVault vault, AuditTrail audit) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.desk = desk;
		this.vault = vault;
		this.audit = audit;
	}

	/** The outcome for a new mail, or null when this mail was filed before. */
	@Transactional
	String file(InboundMail mail) {
		var key = key(mail);
		var seen = jdbc.sql("SELECT COUNT(*) FROM support_mail_in WHERE message_key = :k").param("k", key)
			.query(Long.class).single();
		if (seen > 0) {
			return null;
		}
		var outcome = outcome(mail);
		jdbc.sql("INSERT INTO support_mail_in (message_key, outcome, processed_at) VALUES (:k, :o, :now)")
			.param("k", key).param("o", outcome).param("now", Cases.now()).update();
		return outcome;
	}

	private String outcome(InboundMail mail) {
		var sender = mail.from() == null ? Optional.<UUID>empty() : vault.idByEmail(mail.from());
		var answered = cases.byMessageIds(mail.answers())
			.or(() -> Optional.ofNullable(mail.reference()).flatMap(cases::byReference))
			.filter(c -> !CaseStatus.CLOSED.id().equals(c.status()));
		if (answered.isPresent()) {
			return answer(answered.get(), sender, mail);
		}
		if (sender.isEmpty()) {
			audit.record(AuditEvent.of("support.mail-ignored", null).detail("from an unknown sender, answering no case"));
			return "ignored-unknown-sender";
		}
		if (restricted(sender.get())) {
			return ignored(sender.get(), "the sender's processing is suspended");
		}
		var subject = mail.subject().isBlank() ? "(no subject)" : clip(mail.subject(), 200);
		var text = mail.text().isBlank() ? "(empty mail)" : mail.text();
		desk.openByMail(new NewCase(sender.get(), subject, text),
				mail.messageId() == null ? null : clip(mail.messageId(), 500));
		return "new-case";
	}

	private String answer(SupportCase supportCase, Optional<UUID> sender, InboundMail mail) {
		if (sender.isEmpty() || !sender.get().equals(supportCase.customerId())) {
			audit.record(AuditEvent.of("support.mail-ignored", supportCase.customerId())
				.detail(supportCase.reference() + ": a reply from someone who is not the case's customer, not appended"));
			return "ignored-stranger";
		}
		if (restricted(sender.get())) {
			return ignored(sender.get(), supportCase.reference() + ": the customer's processing is suspended");
		}
		desk.customerMessage(supportCase.id(), "email", mail.text().isBlank() ? "(empty mail)" : mail.text(),
				mail.messageId() == null ? null : clip(mail.messageId(), 500));
		return "appended";
	}

	private boolean restricted(UUID customer) {
		return "restricted".equals(vault.summary(customer).status());
	}

	private String ignored(UUID customer, String why) {
		audit.record(AuditEvent.of("support.mail-ignored", customer).detail(why));
		return "ignored-restricted";
	}

	private static String key(InboundMail mail) {
		var identity = mail.messageId() != null ? mail.messageId()
				: mail.from() + "\n" + mail.subject() + "\n" + mail.text();
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(identity.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String clip(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
