package io.custodian.request.internal.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The key a message is claimed by in {@code processed_messages}: a hash, never the header values themselves. */
final class MessageKeys {

	private MessageKeys() {
	}

	/**
	 * A hash of the Message-ID, or, without one, of the From, Date and Subject headers (the date it arrived when it
	 * has no Date).
	 */
	static String key(MimeMessage message) throws MessagingException {
		var id = message.getHeader("Message-ID", null);
		if (id != null && !id.isBlank()) {
			return "mid:" + sha256(id.strip());
		}
		var date = message.getHeader("Date", null);
		if (date == null && message.getReceivedDate() != null) {
			date = String.valueOf(message.getReceivedDate().getTime());
		}
		return "hdr:" + sha256(message.getHeader("From", ",") + "\n" + date + "\n" + message.getHeader("Subject", null));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
