package io.custodian.news.internal;

import java.util.Properties;

import io.custodian.news.NewsSettings;
import io.custodian.request.RequestSettings;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
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

	static final String DELIVERY_HEADER = "X-Custodian-Delivery";

	private final RequestSettings settings;

	private final String bounceAddress;

	private volatile JavaMailSenderImpl campaignSender;

	NewsMail(ObjectProvider<JavaMailSender> sender, RequestSettings settings, NewsSettings news) {
		this.sender = sender;
		this.settings = settings;
		this.bounceAddress = news.bounces().address();
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

	/**
	 * Sends one campaign mail with its delivery token in a header (a bounce quotes it), from the bounce address as
	 * envelope sender when one is set; throws when the SMTP server refuses it.
	 */
	void campaign(String email, String subject, String text, String unsubscribeToken, String deliveryToken)
			throws MessagingException {
		var mail = campaignSender();
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
		message.setHeader(DELIVERY_HEADER, deliveryToken);
		mail.send(message);
	}

	/**
	 * The configured sender, or a copy of it whose envelope sender ({@code mail.smtp.from}) is the bounce address, so
	 * that only campaign mails bounce to the bounce mailbox.
	 */
	private JavaMailSender campaignSender() {
		var mail = sender.getObject();
		if (bounceAddress == null || !(mail instanceof JavaMailSenderImpl configured)) {
			return mail;
		}
		var copy = campaignSender;
		if (copy == null) {
			copy = new JavaMailSenderImpl();
			copy.setHost(configured.getHost());
			copy.setPort(configured.getPort());
			copy.setUsername(configured.getUsername());
			copy.setPassword(configured.getPassword());
			copy.setProtocol(configured.getProtocol());
			copy.setDefaultEncoding(configured.getDefaultEncoding());
			var properties = new Properties();
			properties.putAll(configured.getJavaMailProperties());
			properties.put("mail.smtp.from", bounceAddress);
			properties.put("mail.smtps.from", bounceAddress);
			copy.setJavaMailProperties(properties);
			campaignSender = copy;
		}
		return copy;
	}

	private String url(String path) {
		return settings.publicUrl().replaceAll("/+$", "") + path;
	}
}
