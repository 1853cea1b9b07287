package io.custodian.news.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;

/**
 * A delivery status notification (RFC 3464: {@code multipart/report; report-type=delivery-status}) read down to what
 * a bounce needs: hard ({@code Action: failed}, {@code Status: 5.x.x}) or soft ({@code failed} or {@code delayed} with
 * {@code 4.x.x}), the status code, the delivery token the returned headers quote, and the final recipient.
 */
record DeliveryReport(String kind, String status, String token, String finalRecipient) {

	static final int MAX_PART = 256 * 1024;

	private static final Pattern TOKEN = Pattern
		.compile("(?im)^" + NewsMail.DELIVERY_HEADER + ":\\s*([A-Za-z0-9_-]{43})\\s*$");

	private static final Pattern STATUS = Pattern.compile("([245])\\.\\d{1,3}\\.\\d{1,3}");

	/** The report in the message, or empty when it is no delivery status notification or says nothing failed. */
	static Optional<DeliveryReport> of(Part message) throws MessagingException, IOException {
		if (!message.isMimeType("multipart/report") || !"delivery-status".equalsIgnoreCase(
				new ContentType(message.getContentType()).getParameter("report-type"))
				|| !(message.getContent() instanceof Multipart parts)) {
			return Optional.empty();
		}
		String status = null;
		var texts = new ArrayList<String>();
		for (int i = 0; i < parts.getCount(); i++) {
			var part = parts.getBodyPart(i);
			var text = text(part.getInputStream());
			if (part.isMimeType("message/delivery-status")) {
				status = text;
			}
			else {
				texts.add(text);
			}
		}
		return status == null ? Optional.empty() : read(status, texts);
	}

	private static Optional<DeliveryReport> read(String deliveryStatus, List<String> returned) {
		String kind = null;
		String code = null;
		String recipient = null;
		for (var group : deliveryStatus.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ").split("\n\\s*\n")) {
			var action = field(group, "Action");
			var status = STATUS.matcher(field(group, "Status"));
			if (action.isEmpty() || !status.find()) {
				continue;
			}
			var hard = action.equals("failed") && status.group(1).equals("5");
			var soft = (action.equals("failed") || action.equals("delayed")) && status.group(1).equals("4");
			if (hard || soft && kind == null) {
				kind = hard ? "hard" : "soft";
				code = status.group();
				var finalRecipient = field(group, "Final-Recipient");
				recipient = finalRecipient.contains(";") ? finalRecipient.substring(finalRecipient.indexOf(';') + 1).strip()
						: null;
			}
		}
		if (kind == null) {
			return Optional.empty();
		}
		String token = null;
		for (var text : returned) {
			var matcher = TOKEN.matcher(text);
			if (matcher.find()) {
				token = matcher.group(1);
			}
		}
		return Optional.of(new DeliveryReport(kind, code, token, recipient));
	}

	private static String field(String group, String name) {
		for (var line : group.split("\n")) {
			var colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
				return line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
			}
		}
		return "";
	}

	private static String text(InputStream in) throws IOException {
		try (in) {
			var out = new ByteArrayOutputStream();
			var buffer = new byte[8192];
			int n;
			while ((n = in.read(buffer)) > 0 && out.size() < MAX_PART) {
				out.write(buffer, 0, Math.min(n, MAX_PART - out.size()));
			}
			return out.toString(StandardCharsets.UTF_8);
		}
	}
}
