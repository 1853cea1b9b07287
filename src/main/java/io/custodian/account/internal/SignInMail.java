package io.custodian.account.internal;

import java.util.Locale;

import io.custodian.account.AccountSettings;
import io.custodian.customer.CustomerVault;
import io.custodian.request.RequestSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a sign-in link and code after the pending sign-in committed, to the address on file only; the secrets are made
 * here, so that neither the event log nor the database ever holds them in the clear.
 */
@Component
class SignInMail {

	private static final Logger log = LoggerFactory.getLogger(SignInMail.class);

	private final SignInLinks links;

	private final CustomerVault vault;

	private final ObjectProvider<JavaMailSender> sender;

	private final RequestSettings mailSettings;

	private final MessageSource messages;

	private final AccountSettings settings;

	SignInMail(SignInLinks links, CustomerVault vault, ObjectProvider<JavaMailSender> sender,
			RequestSettings mailSettings, MessageSource messages, AccountSettings settings) {
		this.settings = settings;
		this.links = links;
		this.vault = vault;
		this.sender = sender;
		this.mailSettings = mailSettings;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(SignInRequested requested) {
		var mail = sender.getIfAvailable();
		if (mail == null) {
			log.warn("Sign-in mail not sent: no SMTP server is configured (spring.mail.host)");
			return;
		}
		links.issue(requested.linkId()).ifPresent(secrets -> {
			var locale = Locale.forLanguageTag(requested.language() == null ? "en" : requested.language());
			var url = mailSettings.publicUrl().replaceAll("/+$", "") + "/account/sign-in/link/" + secrets.token()
					+ "?lang=" + locale.getLanguage();
			var message = new SimpleMailMessage();
			message.setFrom(mailSettings.mailFrom());
			message.setTo(vault.emailOnFile(requested.customerId(), "sign-in link to the customer's account"));
			message.setSubject(messages.getMessage("account.mail.subject", null, locale));
			message.setText(messages.getMessage("account.mail.text", new Object[] { url, secrets.code(), settings.linkValidity().toMinutes() }, locale));
			try {
				mail.send(message);
			}
			catch (MailException e) {
				log.warn("Sign-in mail not sent: {}", e.getClass().getSimpleName());
			}
		});
	}
}
