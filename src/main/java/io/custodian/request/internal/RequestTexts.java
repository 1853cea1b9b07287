package io.custodian.request.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.custodian.request.RequestType;
import io.custodian.system.Texts;

/**
 * What the emails to a requester say, from the {@code mail.*} texts of {@code messages*.properties}: in German when the
 * request was made in German, else in English.
 */
final class RequestTexts {

	private RequestTexts() {
	}

	static boolean german(String language) {
		return language != null && language.toLowerCase(Locale.ROOT).startsWith("de");
	}

	static String subject(String reference, String language) {
		return text("mail.subject", language, reference);
	}

	static String completedSubject(String reference, String language) {
		return text("mail.subject.completed", language, reference);
	}

	/** The code email: the code, the page to enter it on, and that a reply quoting it does as well. */
	static String code(String reference, String code, long minutes, String link, String language) {
		return text("mail.code", language, reference, code, link, String.valueOf(minutes));
	}

	/** A message from staff about the request, as they wrote it. */
	static String staffReply(String reference, String text, String language) {
		return text("mail.reply", language, reference, text);
	}

	/** Completion; {@code downloadLink} only for access requests, valid {@code days}. */
	static String completed(String reference, RequestType type, String downloadLink, long days, String language) {
		return downloadLink != null
				? text("mail.completed.download", language, reference, String.valueOf(days), downloadLink)
				: text("mail.completed", language, reference, text("mail.type." + type.id(), language));
	}

	static String rejected(String reason, String language) {
		return text("mail.rejected", language, reason);
	}

	static String extended(Instant due, String reason, String language) {
		return text("mail.extended", language, DateTimeFormatter.ISO_LOCAL_DATE.format(due.atZone(ZoneOffset.UTC)),
				reason);
	}

	private static String text(String key, String language, Object... args) {
		return Texts.of(key, german(language) ? Locale.GERMAN : Locale.ENGLISH, args);
	}
}
