package io.custodian.request.internal.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.custodian.customer.CustomerField;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads one email as the request desk needs it: who sent it (the From header only), its text, its language, and
 * whether it is something that must not become a ticket (auto-reply, bounce, no sender, nothing readable).
 * Attachments are skipped and never stored.
 */
final class MessageReader {

	/** The request desk takes messages up to this many characters. */
	static final int MAX_CHARS = 10_000;

	private static final List<String> AUTO_SUBJECTS = List.of("out of office", "out of the office", "automatic reply",
			"auto reply", "auto-reply", "autoreply", "auto response", "abwesenheitsnotiz", "automatische antwort",
			"réponse automatique", "respuesta automática", "risposta automatica");

	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}");

	private static final int MAX_DEPTH = 10;

	private MessageReader() {
	}

	/** What a message is: a request (outcome {@link Outcome#TICKET} with sender and text) or why it is not. */
	record Reading(Outcome outcome, String from, String text, String language) {

		static Reading not(Outcome outcome) {
			return new Reading(outcome, null, null, null);
		}
	}

	/**
	 * The key a message is claimed by: a hash of its Message-ID, or, without one, of its From, Date and Subject
	 * headers (the date it arrived when it has no Date). Only the hash is stored, never the header values.
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

	static Reading read(MimeMessage message) {
		try {
			if (isBounce(message)) {
				return Reading.not(Outcome.BOUNCE);
			}
			if (isAutoReply(message)) {
				return Reading.not(Outcome.AUTO_REPLY);
			}
			var from = sender(message);
			if (from == null) {
				return Reading.not(Outcome.NO_SENDER);
			}
			var subject = clean(message.getSubject());
			var found = new Found();
			collect(message, found, 0);
			var body = found.plain != null ? clean(found.plain) : found.html != null ? clean(HtmlText.toText(found.html)) : "";
			if (subject.isEmpty() && body.isEmpty()) {
				return Reading.not(Outcome.UNREADABLE);
			}
			var text = subject.isEmpty() ? body : body.isEmpty() ? subject : subject + "\n\n" + body;
			return new Reading(Outcome.TICKET, from, truncate(text, MAX_CHARS), language(message));
		}
		catch (MessagingException | IOException | RuntimeException e) {
			return Reading.not(Outcome.UNREADABLE);
		}
	}

	static boolean isBounce(MimeMessage message) throws MessagingException {
		if (message.isMimeType("multipart/report") || message.isMimeType("message/delivery-status")) {
			return true;
		}
		var returnPath = message.getHeader("Return-Path", null);
		if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
			return true;
		}
		var from = firstAddress(message.getHeader("From", ","));
		if (from != null) {
			var local = from.contains("@") ? from.substring(0, from.lastIndexOf('@')) : from;
			return local.equalsIgnoreCase("mailer-daemon") || local.equalsIgnoreCase("postmaster");
		}
		return false;
	}

	static boolean isAutoReply(MimeMessage message) throws MessagingException {
		var autoSubmitted = message.getHeader("Auto-Submitted", null);
		if (autoSubmitted != null && !token(autoSubmitted).equals("no")) {
			return true;
		}
		if (message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null
				|| message.getHeader("X-Autoresponse") != null) {
			return true;
		}
		var precedence = message.getHeader("Precedence", null);
		if (precedence != null && List.of("auto_reply", "bulk", "junk").contains(token(precedence))) {
			return true;
		}
		var subject = message.getSubject();
		if (subject != null) {
			var lower = subject.strip().toLowerCase(Locale.ROOT);
			return AUTO_SUBJECTS.stream().anyMatch(lower::startsWith);
		}
		return false;
	}

	/** The From address if it is one valid address; Reply-To and Sender are ignored on purpose. */
	static String sender(MimeMessage message) throws MessagingException {
		var address = firstAddress(message.getHeader("From", ","));
		if (address == null) {
			return null;
		}
		var validated = CustomerField.EMAIL.validate(address);
		return validated.isValid() ? validated.value() : null;
	}

	private static String firstAddress(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			for (var address : InternetAddress.parseHeader(header, false)) {
				if (address.getAddress() != null && !address.getAddress().isBlank() && !address.isGroup()) {
					return address.getAddress().strip();
				}
			}
		}
		catch (MessagingException e) {
			return null;
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

	private static final class Found {

		String plain;

		String html;
	}

	/** Walks the MIME tree for the first text/plain and the first text/html part that are not attachments. */
	private static void collect(Part part, Found found, int depth) throws MessagingException, IOException {
		if (depth > MAX_DEPTH || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return;
		}
		if (part.isMimeType("multipart/*")) {
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount() && (found.plain == null || found.html == null); i++) {
					collect(multipart.getBodyPart(i), found, depth + 1);
				}
			}
			return;
		}
		if (part.getFileName() != null && part.getDisposition() == null) {
			return;
		}
		if (found.plain == null && part.isMimeType("text/plain")) {
			found.plain = decode(part);
		}
		else if (found.html == null && part.isMimeType("text/html")) {
			found.html = decode(part);
		}
	}

	/**
	 * The text of a part: transfer encoding undone (quoted-printable, base64), then the declared charset. ISO-8859-1
	 * is read as windows-1252, its superset, as browsers do; without a usable charset, and for UTF-8 that is not
	 * valid UTF-8 (a mislabelled message), windows-1252.
	 */
	static String decode(Part part) throws MessagingException, IOException {
		byte[] bytes;
		try (var in = part.getInputStream()) {
			bytes = in.readNBytes(4 * 1024 * 1024);
		}
		var charset = charset(part.getContentType());
		if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
			return utf8OrWindows1252(bytes);
		}
		return new String(bytes, charset);
	}

	private static Charset charset(String contentType) {
		String name;
		try {
			name = new ContentType(contentType).getParameter("charset");
		}
		catch (MessagingException | RuntimeException e) {
			return null;
		}
		if (name == null || name.isBlank()) {
			return null;
		}
		var lower = name.strip().toLowerCase(Locale.ROOT);
		if (lower.equals("us-ascii") || lower.equals("ascii")) {
			return null;
		}
		if (lower.equals("iso-8859-1") || lower.equals("iso8859-1") || lower.equals("latin1") || lower.equals("latin-1")) {
			return Charset.forName("windows-1252");
		}
		try {
			return Charset.forName(MimeUtility.javaCharset(name.strip()));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String utf8OrWindows1252(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	/**
	 * Line breaks as \n, no control characters but tab and newline, no trailing blanks, at most one empty line in a
	 * row, trimmed; only the first {@code 4 * MAX_CHARS} characters are looked at (no regular expressions, so long
	 * runs of blanks cost linear time).
	 */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		var input = truncate(text, 4 * MAX_CHARS);
		var out = new StringBuilder(input.length());
		var line = new StringBuilder();
		int blankLines = 0;
		for (int i = 0; i <= input.length(); i++) {
			char c = i < input.length() ? input.charAt(i) : '\n';
			if (c == '\r') {
				if (i + 1 < input.length() && input.charAt(i + 1) == '\n') {
					continue;
				}
				c = '\n';
			}
			if (c != '\n') {
				if (c == '\t' || !Character.isISOControl(c)) {
					line.append(c);
				}
				continue;
			}
			var stripped = line.toString().stripTrailing();
			line.setLength(0);
			if (stripped.isBlank()) {
				blankLines++;
				continue;
			}
			if (!out.isEmpty()) {
				out.append(blankLines > 0 ? "\n\n" : "\n");
			}
			out.append(stripped);
			blankLines = 0;
		}
		return out.toString().strip();
	}

	static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end);
	}

	private static String token(String header) {
		var value = header.strip().toLowerCase(Locale.ROOT);
		int semi = value.indexOf(';');
		return (semi < 0 ? value : value.substring(0, semi)).strip();
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
