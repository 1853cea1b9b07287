package io.custodian.news.internal;

import io.custodian.request.RequestSettings;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The news mails: the confirmation link of a subscription, and campaign mails, each carrying a one-click unsubscribe
 * link (RFC 8058 {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}) in its headers and its text.
 */
@Component
public class NewsMail {

	private static final Logger log = LoggerFactory.getLogger(NewsMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final RequestSettings settings;

	NewsMail(ObjectProvider<JavaMailSender> sender, RequestSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	/** Mails the confirmation link; a failure is logged, never shown, so known and unknown addresses look the same. */
	public void confirmation(String email, String token, String language) {
		var mail = sender.getIfAvailable();
		if (mail == null) {
			log.warn("News confirmation not sent: no SMTP server is configured (spring.mail.host)");
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(email);
		message.setSubject("Confirm your subscription to our product news");
		message.setText("Someone, hopefully you, asked to receive our product news at this address.\n\n"
				+ "To confirm, open this link and press the button:\n" + url("/news/confirm/" + token) + "?lang=" + language
				+ "\n\nIf it was not you, ignore this mail: nothing is sent to you without confirmation.");
		try {
			mail.send(message);
		}
		catch (MailException e) {
			log.warn("News confirmation not sent: {}", e.getClass().getSimpleName());
		}
	}

	/** Sends one campaign mail; throws when the SMTP server refuses it. */
	void campaign(String email, String subject, String text, String unsubscribeToken) throws MessagingException {
		var mail = sender.getObject();
		var unsubscribe = url("/news/unsubscribe/" + unsubscribeToken);
		var message = mail.createMimeMessage();
		var helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(settings.mailFrom());
		helper.setTo(email);
		helper.setSubject(subject);
		helper.setText(text + "\n\n--\nYou receive this because you subscribed to our product news. Unsubscribe: "
				+ unsubscribe + "\n");
		message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		mail.send(message);
	}

	private String url(String path) {
		return settings.publicUrl().replaceAll("/+$", "") + path;
	}
}
