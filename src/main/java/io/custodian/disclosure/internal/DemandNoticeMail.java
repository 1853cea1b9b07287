package io.custodian.disclosure.internal;

import java.time.Instant;
import java.util.List;

import io.custodian.request.RequestSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The notice to a customer that their data was disclosed to an authority under a legal demand. */
@Component
class DemandNoticeMail {

	static final String SUBJECT = "Your data was disclosed to an authority";

	private final ObjectProvider<JavaMailSender> sender;

	private final RequestSettings settings;

	DemandNoticeMail(ObjectProvider<JavaMailSender> sender, RequestSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	/** Sends the notice; throws when the SMTP server refuses it. */
	void notice(String email, String authority, String reference, List<String> fields, Instant disclosedAt) {
		var message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(email);
		message.setSubject(SUBJECT);
		message.setText("We are required by law to disclose personal data to authorities that demand it. We tell you "
				+ "that we did so:\n\n" + "Authority: " + authority + "\nTheir reference: " + reference
				+ "\nData disclosed: " + String.join(", ", fields) + "\nDate: " + disclosedAt.toString().substring(0, 10)
				+ "\n\nYou can see every disclosure of your data in the copy of your data you may request from us at "
				+ settings.publicUrl().replaceAll("/+$", "") + "/privacy .\n");
		sender.getObject().send(message);
	}
}
