package io.custodian.request.internal.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;

/**
 * The text of a part: transfer encoding undone (quoted-printable, base64), then the declared charset. ISO-8859-1 is
 * read as windows-1252, its superset, as browsers do; without a usable charset, and for UTF-8 that is not valid UTF-8
 * (a mislabelled message), windows-1252.
 */
final class PartDecoder {

	private PartDecoder() {
	}

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
}
