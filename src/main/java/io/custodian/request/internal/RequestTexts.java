package io.custodian.request.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.custodian.request.RequestType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the emails to a requester say, from the {@code mail.*} texts of {@code messages*.properties}: in German when the
 * request was made in German, else in English.
 */
@Component
class RequestTexts {

	private final MessageSource messages;

	RequestTexts(MessageSource messages) {
		this.messages = messages;
	}

	static boolean german(String language) {
		return language != null && language.toLowerCase(Locale.ROOT).startsWith("de");
	}

	String subject(String reference, String language) {
		return text("mail.subject", language, reference);
	}

	String completedSubject(String reference, String language) {
		return text("mail.subject.completed", language, reference);
	}

	/** The code email: the code, the page to enter it on, and that a reply quoting it does as well. */
	String code(String reference, String code, long minutes, String link, String language) {
		return text("mail.code", language, reference, code, link, String.valueOf(minutes));
	}

	/** A message from staff about the request, as they wrote it. */
	String staffReply(String reference, String text, String language) {
		return text("mail.reply", language, reference, text);
	}

	/** Completion; {@code downloadLink} only for access requests, valid {@code days}. */
	String completed(String reference, RequestType type, String downloadLink, long days, String language) {
		return downloadLink != null
				? text("mail.completed.download", language, reference, String.valueOf(days), downloadLink)
				: text("mail.completed", language, reference, text("mail.type." + type.id(), language));
	}

	String rejected(String reason, String language) {
		return text("mail.rejected", language, reason);
	}

	String extended(Instant due, String reason, String language) {
		return text("mail.extended", language, DateTimeFormatter.ISO_LOCAL_DATE.format(due.atZone(ZoneOffset.UTC)),
				reason);
	}

	private String text(String key, String language, Object... args) {
		return messages.getMessage(key, args, german(language) ? Locale.GERMAN : Locale.ENGLISH);
	}
}
