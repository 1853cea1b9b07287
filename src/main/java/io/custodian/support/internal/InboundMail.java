package io.custodian.support.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * What the support desk needs of a received mail: its Message-ID, the sender's address, the subject, the Message-IDs
 * it answers (In-Reply-To and References) and its plain text, clipped to the case message limit.
 */
record InboundMail(String messageId, String from, String subject, List<String> answers, String text) {

	private static final Pattern ID = Pattern.compile("<[^<>\\s]{1,490}>");

	private static final Pattern REFERENCE = Pattern.compile("\\[Case (C-[2-9A-HJ-NP-Z]{6})\\]");

	/** The case reference a subject carries, or null. */
	String reference() {
		var matcher = REFERENCE.matcher(subject);
		return matcher.find() ? matcher.group(1) : null;
	}

	static InboundMail read(MimeMessage message) throws MessagingException, IOException {
		var answers = new ArrayList<String>();
		for (var header : List.of("In-Reply-To", "References")) {
			var values = message.getHeader(header);
			if (values != null) {
				for (var value : values) {
					ID.matcher(value).results().limit(50).forEach(m -> answers.add(m.group()));
				}
			}
		}
		var subject = message.getSubject() == null ? "" : message.getSubject().replaceAll("[\\r\\n]+", " ").strip();
		var text = text(message, 0);
		return new InboundMail(message.getMessageID(), sender(message.getFrom()), subject, List.copyOf(answers),
				text == null ? "" : clip(text.strip(), SupportInput.MAX_BODY));
	}

	private static String sender(Address[] from) {
		return from != null && from.length == 1 && from[0] instanceof InternetAddress address ? address.getAddress()
				: null;
	}

	/** The first text/plain part, else the first text/html part without its tags. */
	private static String text(Part part, int depth) throws MessagingException, IOException {
		if (depth > 5) {
			return null;
		}
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			String html = null;
			for (int i = 0; i < Math.min(multipart.getCount(), 20); i++) {
				var child = multipart.getBodyPart(i);
				if (child.isMimeType("text/html")) {
					html = html == null ? withoutTags(String.valueOf(child.getContent())) : html;
					continue;
				}
				var found = text(child, depth + 1);
				if (found != null) {
					return found;
				}
			}
			return html;
		}
		return part.isMimeType("text/html") ? withoutTags(String.valueOf(part.getContent())) : null;
	}

	private static String withoutTags(String html) {
		return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ")
			.replaceAll("&nbsp;", " ").replaceAll("[ \\t]+", " ");
	}

	private static String clip(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
