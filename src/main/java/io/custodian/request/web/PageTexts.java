package io.custodian.request.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The privacy center's texts in the language of one page, for what a controller words itself (errors, labels). */
record PageTexts(MessageSource messages, Locale locale) {

	/** The text of {@code key} with MessageFormat's {@code {0}} filled from {@code args}; null when there is none. */
	String get(String key, Object... args) {
		return messages.getMessage(key, args, null, locale);
	}

	boolean german() {
		return Locale.GERMAN.getLanguage().equals(locale.getLanguage());
	}
}
