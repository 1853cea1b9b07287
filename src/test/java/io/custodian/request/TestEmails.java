package io.custodian.request;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Raw RFC 5322 messages as mail clients, auto-responders and mail servers write them. */
final class TestEmails {

	static final String MAILBOX = "privacy@shop.example";

	private TestEmails() {
	}

	static String messageId() {
		return "<" + UUID.randomUUID() + "@client.example>";
	}

	/** A plain UTF-8 message; extra headers (CRLF-terminated lines) come before the body. */
	static String plain(String from, String subject, String body, String extraHeaders) {
		return headers(from, subject, messageId()) + extraHeaders + """
				MIME-Version: 1.0\r
				Content-Type: text/plain; charset=UTF-8\r
				Content-Transfer-Encoding: 8bit\r
				\r
				""" + body.replace("\n", "\r\n") + "\r\n";
	}

	static String plain(String from, String subject, String body) {
		return plain(from, subject, body, "");
	}

	static String headers(String from, String subject, String messageId) {
		return (from == null ? "" : "From: " + from + "\r\n") + "To: " + MAILBOX + "\r\n"
				+ (subject == null ? "" : "Subject: " + subject + "\r\n") + "Date: Mon, 4 May 2026 10:15:00 +0200\r\n"
				+ (messageId == null ? "" : "Message-ID: " + messageId + "\r\n");
	}

	static String html(String from, String subject, String html) {
		return headers(from, subject, messageId()) + """
				MIME-Version: 1.0\r
				Content-Type: text/html; charset=UTF-8\r
				Content-Transfer-Encoding: 8bit\r
				\r
				""" + html + "\r\n";
	}

	static String withAttachments(String from, String subject, String body) {
		var pdf = Base64.getMimeEncoder().encodeToString("%PDF-1.4 SECRET-ATTACHMENT-CONTENT".getBytes(StandardCharsets.US_ASCII));
		return headers(from, subject, messageId()) + """
				MIME-Version: 1.0\r
				Content-Type: multipart/mixed; boundary="b1"\r
				\r
				--b1\r
				Content-Type: text/plain; charset=UTF-8\r
				\r
				""" + body + """
				\r
				--b1\r
				Content-Type: text/plain; charset=UTF-8; name="notes.txt"\r
				Content-Disposition: attachment; filename="notes.txt"\r
				\r
				ATTACHED-TEXT-FILE\r
				--b1\r
				Content-Type: application/pdf; name="passport.pdf"\r
				Content-Disposition: attachment; filename="passport.pdf"\r
				Content-Transfer-Encoding: base64\r
				\r
				""" + pdf + "\r\n--b1--\r\n";
	}

	/** A quoted-printable body in the given charset, with an RFC 2047 encoded subject. */
	static String quotedPrintable(String from, String subject, String body, String charset) {
		var bytes = body.getBytes(Charset.forName(charset));
		var qp = new StringBuilder();
		for (byte b : bytes) {
			int c = b & 0xff;
			if (c >= 33 && c <= 126 && c != '=' || c == ' ') {
				qp.append((char) c);
			}
			else {
				qp.append('=').append(String.format("%02X", c));
			}
		}
		var encodedSubject = "=?" + charset + "?B?"
				+ Base64.getEncoder().encodeToString(subject.getBytes(Charset.forName(charset))) + "?=";
		return headers(from, encodedSubject, messageId()) + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset="
				+ charset + "\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp + "\r\n";
	}

	static String base64(String from, String subject, String body, String charset) {
		return headers(from, subject, messageId()) + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=" + charset
				+ "\r\nContent-Transfer-Encoding: base64\r\n\r\n"
				+ Base64.getMimeEncoder().encodeToString(body.getBytes(Charset.forName(charset))) + "\r\n";
	}

	static String bounce() {
		return "Return-Path: <>\r\n" + headers("Mail Delivery System <MAILER-DAEMON@mx.shop.example>",
				"Undelivered Mail Returned to Sender", messageId()) + """
				MIME-Version: 1.0\r
				Content-Type: multipart/report; report-type=delivery-status; boundary="r1"\r
				\r
				--r1\r
				Content-Type: text/plain\r
				\r
				Please delete all my data: this message could not be delivered.\r
				--r1\r
				Content-Type: message/delivery-status\r
				\r
				Reporting-MTA: dns; mx.shop.example\r
				\r
				Final-Recipient: rfc822; gone@example.com\r
				Action: failed\r
				Status: 5.1.1\r
				--r1--\r
				""";
	}

	/** A message with an attachment of about the given size. */
	static String large(String from, int bytes) {
		var line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\r\n";
		return headers(from, "Please delete all my data", messageId()) + """
				MIME-Version: 1.0\r
				Content-Type: multipart/mixed; boundary="l1"\r
				\r
				--l1\r
				Content-Type: text/plain\r
				\r
				Please delete all my data, see the scan.\r
				--l1\r
				Content-Type: image/png; name="scan.png"\r
				Content-Disposition: attachment; filename="scan.png"\r
				Content-Transfer-Encoding: base64\r
				\r
				""" + line.repeat(bytes / line.length() + 1) + "--l1--\r\n";
	}

	static String unknownEncoding(String from) {
		return headers(from, "Delete my data", messageId()) + """
				MIME-Version: 1.0\r
				Content-Type: text/plain; charset=UTF-8\r
				Content-Transfer-Encoding: x-made-up\r
				\r
				!!garbled!!\r
				""";
	}

	static String empty(String from) {
		return headers(from, null, messageId()) + "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n\r\n";
	}
}
