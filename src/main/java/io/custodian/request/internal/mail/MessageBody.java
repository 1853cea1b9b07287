package io.custodian.request.internal.mail;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** The readable body of a message: its first text/plain part, else its first text/html part; never an attachment. */
final class MessageBody {

	private static final int MAX_DEPTH = 10;

	private String plain;

	private String html;

	private MessageBody() {
	}

	/** The cleaned body text, or an empty string when the message has no readable part. */
	static String text(Part message) throws MessagingException, IOException {
		var body = new MessageBody();
		body.collect(message, 0);
		return body.plain != null ? PlainText.clean(body.plain)
				: body.html != null ? PlainText.clean(HtmlText.toText(body.html)) : "";
	}

	private void collect(Part part, int depth) throws MessagingException, IOException {
		if (depth > MAX_DEPTH || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return;
		}
		if (part.isMimeType("multipart/*")) {
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount() && (plain == null || html == null); i++) {
					collect(multipart.getBodyPart(i), depth + 1);
				}
			}
			return;
		}
		if (part.getFileName() != null && part.getDisposition() == null) {
			return;
		}
		if (plain == null && part.isMimeType("text/plain")) {
			plain = PartDecoder.decode(part);
		}
		else if (html == null && part.isMimeType("text/html")) {
			html = PartDecoder.decode(part);
		}
	}
}
