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

	/** A request reference as the desk's emails carry it in their subject. */
	private static final Pattern REFERENCE = Pattern.compile("PR-[A-HJ-NP-Z2-9]{8}");

	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");

	private MessageReader() {
	}

	/**
	 * What a message is: a request or a reply (outcome {@link Outcome#TICKET} with sender, text and, for a reply, the
	 * reference it names) or why it is neither.
	 */
	record Reading(Outcome outcome, String from, String text, String language, String reference) {

		static Reading not(Outcome outcome) {
			return new Reading(outcome, null, null, null, null);
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
			return new Reading(Outcome.TICKET, from, PlainText.truncate(text, MAX_CHARS), language(message),
					reference(message));
		}
		catch (MessagingException | IOException | RuntimeException e) {
			return Reading.not(Outcome.UNREADABLE);
		}
	}

	/** The reference in the Subject, In-Reply-To or References header, the first found. */
	private static String reference(Message message) throws MessagingException {
		for (var header : new String[] { "Subject", "In-Reply-To", "References" }) {
			var values = message.getHeader(header);
			for (var value : values == null ? new String[0] : values) {
				var found = REFERENCE.matcher(value.length() > 2000 ? value.substring(0, 2000) : value);
				if (found.find()) {
					return found.group();
				}
			}
		}
		return null;
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
