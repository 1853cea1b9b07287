package io.custodian.disclosure.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.disclosure.OnwardNotice;
import io.custodian.disclosure.Recipients;
import io.custodian.request.RequestSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails each recorded onward notice to its recipient's contact email after the recording committed; the event
 * registry hands the notices over again after a crash or a refused mail. The mail names the customer by id and the
 * disclosures the recipient received, never a value.
 */
@Component
class OnwardMail {

	private static final Logger logger = LoggerFactory.getLogger(OnwardMail.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final OnwardNoticeRows rows;

	private final Recipients recipients;

	private final ObjectProvider<JavaMailSender> sender;

	private final RequestSettings settings;

	private final AuditTrail audit;

	OnwardMail(OnwardNoticeRows rows, Recipients recipients, ObjectProvider<JavaMailSender> sender,
			RequestSettings settings, AuditTrail audit) {
		this.rows = rows;
		this.recipients = recipients;
		this.sender = sender;
		this.settings = settings;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void send(OnwardNoticesRecorded recorded) {
		var mail = sender.getIfAvailable();
		for (var id : recorded.notices()) {
			var notice = rows.find(id).orElse(null);
			if (notice == null || notice.mailedAt() != null) {
				continue;
			}
			var to = recipients.get(notice.recipientId()).contactEmail();
			if (to == null || to.isBlank()) {
				continue;
			}
			if (mail == null) {
				logger.warn("Onward notice not mailed: no SMTP server is configured (spring.mail.host)");
				return;
			}
			send(mail, notice, to);
		}
	}

	private void send(JavaMailSender mail, OnwardNotice notice, String to) {
		var message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(to);
		message.setSubject("GDPR Art. 19: " + notice.kind() + " of customer " + notice.customerId());
		message.setText(text(notice));
		try {
			mail.send(message);
		}
		catch (MailException e) {
			throw new IllegalStateException("Onward notice " + notice.id() + " not mailed: "
					+ e.getClass().getSimpleName(), e);
		}
		rows.mailed(notice.id(), Instant.now());
		audit.record(AuditEvent.of("disclosure.onward-notice.mailed", notice.customerId())
			.detail("notice " + notice.id() + " mailed to recipient " + notice.recipientId()));
	}

	private String text(OnwardNotice notice) {
		var disclosures = notice.disclosures().stream().map(d -> {
			var at = rows.disclosedAt(d);
			return "  - disclosure " + d + (at == null ? "" : " of " + DAY.format(at));
		}).collect(Collectors.joining("\n"));
		return """
				Dear %s,

				we disclosed data of our customer %s to you:
				%s

				%s
				Affected fields: %s.

				Under GDPR Art. 19 please %s, and confirm to us by replying to this mail, quoting notice %s.
				""".formatted(notice.recipientName(), notice.customerId(), disclosures, what(notice.kind()),
				String.join(", ", notice.fields()), action(notice.kind()), notice.id());
	}

	private static String what(String kind) {
		return switch (kind) {
			case OnwardNoticeDesk.ERASURE -> "This customer's data has been erased at their request.";
			case OnwardNoticeDesk.RESTRICTION -> "The processing of this customer's data has been restricted.";
			default -> "This customer's data has been corrected.";
		};
	}

	private static String action(String kind) {
		return switch (kind) {
			case OnwardNoticeDesk.ERASURE -> "erase your copy of this customer's data";
			case OnwardNoticeDesk.RESTRICTION -> "keep this customer's data but stop using it until we tell you otherwise";
			default -> "correct your copy: ask us for the current values through the agreed channel";
		};
	}
}
