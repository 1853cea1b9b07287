package io.custodian.system;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of {@code messages*.properties} for code that has no request to take a language from (e-mails, labels
 * built once): read as the application's MessageSource reads them, UTF-8, English where a language has no text.
 */
public final class Texts {

	private static final ResourceBundleMessageSource MESSAGES = messages();

	private Texts() {
	}

	/** The text of {@code key} in {@code locale} with MessageFormat's {@code {0}} filled from {@code args}. */
	public static String of(String key, Locale locale, Object... args) {
		return MESSAGES.getMessage(key, args, locale);
	}

	/** The text of {@code key} in English, or {@code fallback} when there is none. */
	public static String englishOr(String key, String fallback) {
		return MESSAGES.getMessage(key, null, fallback, Locale.ENGLISH);
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
