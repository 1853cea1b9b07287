package io.custodian.request.internal.mail;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads one email as the request desk needs it: who sent it (the From header only), its text, its language, and
 * whether it is something that must not become a ticket (auto-reply, bounce, no sender, nothing readable).
 * Attachments are skipped and never stored.
 */
final class MessageReader {

	/** The request desk takes messages up to this many characters. */
	static final int MAX_CHARS = 10_000;

	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");

	private MessageReader() {
	}

	/** What a message is: a request (outcome {@link Outcome#TICKET} with sender and text) or why it is not. */
	record Reading(Outcome outcome, String from, String text, String language) {

		static Reading not(Outcome outcome) {
			return new Reading(outcome, null, null, null);
		}
	}

	static Reading read(MimeMessage message) {
		try {
			if (AutomaticMail.isBounce(message)) {
				return Reading.not(Outcome.BOUNCE);
			}
			if (AutomaticMail.isAutoReply(message)) {
				return Reading.not(Outcome.AUTO_REPLY);
			}
			var from = FromHeader.sender(message);
			if (from == null) {
				return Reading.not(Outcome.NO_SENDER);
			}
			var subject = PlainText.clean(message.getSubject());
			var body = MessageBody.text(message);
			if (subject.isEmpty() && body.isEmpty()) {
				return Reading.not(Outcome.UNREADABLE);
			}
			var text = subject.isEmpty() ? body : body.isEmpty() ? subject : subject + "\n\n" + body;
			return new Reading(Outcome.TICKET, from, PlainText.truncate(text, MAX_CHARS), language(message));
		}
		catch (MessagingException | IOException | RuntimeException e) {
			return Reading.not(Outcome.UNREADABLE);
		}
	}

	private static String language(Message message) throws MessagingException {
		var header = message.getHeader("Content-Language");
		if (header == null || header.length == 0) {
			return null;
		}
		var first = header[0].split(",")[0].strip();
		return LANGUAGE.matcher(first).matches() && first.length() <= 35 ? first : null;
	}
}
