package io.custodian.request.internal;

import io.custodian.request.RequestSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Emails to requesters, always to the address on file; without a configured SMTP server they are not sent. */
@Component
class RequestMail {

	private static final Logger log = LoggerFactory.getLogger(RequestMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final RequestSettings settings;

	RequestMail(ObjectProvider<JavaMailSender> sender, RequestSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	/** Whether an SMTP server is configured, so that mail can leave at all. */
	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	boolean send(String to, String subject, String text) {
		var mail = sender.getIfAvailable();
		if (mail == null) {
			log.warn("Request mail not sent: no SMTP server is configured (spring.mail.host)");
			return false;
		}
		var message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mail.send(message);
			return true;
		}
		catch (MailException e) {
			log.warn("Request mail not sent: {}", e.getClass().getSimpleName());
			return false;
		}
	}
}
