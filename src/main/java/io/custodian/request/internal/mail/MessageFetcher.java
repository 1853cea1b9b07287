package io.custodian.request.internal.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a message whole, parses it locally and reads it. Nothing above the size limit is fetched: not when the
 * server announces a larger size, and not when it announced none or a wrong one.
 */
final class MessageFetcher {

	/** The poller's category, so every line about the mailbox is configured and found in one place. */
	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private MessageFetcher() {
	}

	static MessageReader.Reading fetch(Session session, MimeMessage message, long limit) {
		try {
			int size = announcedSize(message);
			if (size > limit) {
				return MessageReader.Reading.not(Outcome.TOO_LARGE);
			}
			var bytes = new ByteArrayOutputStream(Math.max(size, 4096));
			message.writeTo(new SizeLimitedOutput(bytes, limit));
			return MessageReader.read(new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray())));
		}
		catch (SizeLimitedOutput.TooLarge e) {
			return MessageReader.Reading.not(Outcome.TOO_LARGE);
		}
		catch (MessagingException | IOException | RuntimeException e) {
			log.debug("Request mailbox message not fetched: {}", e.getClass().getSimpleName());
			return MessageReader.Reading.not(Outcome.UNREADABLE);
		}
	}

	/** The size the server gives, or -1; some servers cannot describe a message with odd headers. */
	private static int announcedSize(MimeMessage message) {
		try {
			return message.getSize();
		}
		catch (MessagingException e) {
			return -1;
		}
	}
}
