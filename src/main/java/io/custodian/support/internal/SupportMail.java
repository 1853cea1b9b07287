package io.custodian.support.internal;

import java.util.List;
import java.util.UUID;

import io.custodian.request.RequestSettings;
import io.custodian.support.SupportCase;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails staff replies to the customer: subject {@code [Case C-…] <subject>}, a Message-ID recorded with the reply and
 * References to the case's earlier mails, so the customer's answer threads back into the case.
 */
@Component
class SupportMail {

	private static final Logger log = LoggerFactory.getLogger(SupportMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final RequestSettings settings;

	SupportMail(ObjectProvider<JavaMailSender> sender, RequestSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	String newMessageId() {
		var from = settings.mailFrom();
		var domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "") : "";
		return "<support." + UUID.randomUUID() + "@" + (domain.isEmpty() ? "custodian.invalid" : domain) + ">";
	}

	static String subject(SupportCase supportCase) {
		return "[Case " + supportCase.reference() + "] " + supportCase.subject();
	}

	void sendAfterCommit(String email, SupportCase supportCase, String text, String messageId, List<String> references) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			send(email, supportCase, text, messageId, references);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				send(email, supportCase, text, messageId, references);
			}
		});
	}

	private void send(String email, SupportCase supportCase, String text, String messageId, List<String> references) {
		var mail = sender.getIfAvailable();
		if (mail == null) {
			log.warn("Support reply not mailed: no SMTP server is configured (spring.mail.host)");
			return;
		}
		try {
			var message = mail.createMimeMessage();
			var helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(settings.mailFrom());
			helper.setTo(email);
			helper.setSubject(subject(supportCase));
			helper.setText(text + "\n\n--\nReply to this mail to answer; keep [Case " + supportCase.reference()
					+ "] in the subject.\n");
			message.setHeader("Message-ID", messageId);
			if (!references.isEmpty()) {
				var recent = references.subList(Math.max(0, references.size() - 10), references.size());
				message.setHeader("In-Reply-To", recent.getLast());
				message.setHeader("References", String.join(" ", recent));
			}
			mail.send(message);
		}
		catch (MessagingException | MailException e) {
			log.warn("Support reply not mailed: {}", e.getClass().getSimpleName());
		}
	}
}
