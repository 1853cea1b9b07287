package io.custodian;

import java.util.Arrays;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads what Custodian mailed in tests, waiting for mail that is sent after a commit, off the request thread. */
public final class Mailbox {

	private Mailbox() {
	}

	/** The body of the first email to this address whose subject contains the text, waiting up to ten seconds. */
	public static String bodyOf(GreenMail mail, String email, String subject) throws MessagingException {
		for (int i = 0; i < 50; i++) {
			for (var message : mail.getReceivedMessages()) {
				var to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
				if (to.contains(email) && message.getSubject().contains(subject)) {
					return GreenMailUtil.getBody(message);
				}
			}
			mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No email to " + email + " about " + subject);
	}

	/** The first group of the pattern in the text. */
	public static String find(String text, Pattern pattern) {
		var matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
		return matcher.group(1);
	}
}
