package io.custodian.request.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;

/** The privacy center's texts in English and German, and which of the two a visitor reads. */
final class PrivacyTexts {

	static final List<String> LANGUAGES = List.of("en", "de");

	private static final Map<String, Map<String, String>> TEXTS = loadTexts();

	private PrivacyTexts() {
	}

	/** The texts of one of {@link #LANGUAGES}. */
	static Map<String, String> of(String language) {
		return TEXTS.get(language);
	}

	/** The language asked for by {@code ?lang=}, else the first supported one the browser accepts, else English. */
	static String language(String lang, HttpServletRequest request) {
		if (lang != null) {
			var chosen = lang.toLowerCase(Locale.ROOT);
			for (var language : LANGUAGES) {
				if (chosen.startsWith(language)) {
					return language;
				}
			}
		}
		if (request.getHeader("Accept-Language") != null) {
			for (var locale : Collections.list(request.getLocales())) {
				if (LANGUAGES.contains(locale.getLanguage())) {
					return locale.getLanguage();
				}
			}
		}
		return "en";
	}

	/** English as the base, each other language over it, so a missing translation shows in English. */
	static Map<String, Map<String, String>> loadTexts() {
		var english = load("messages/privacy.properties");
		var texts = new HashMap<String, Map<String, String>>();
		texts.put("en", Collections.unmodifiableMap(english));
		var german = new HashMap<>(english);
		german.putAll(load("messages/privacy_de.properties"));
		texts.put("de", Collections.unmodifiableMap(german));
		return Map.copyOf(texts);
	}

	private static Map<String, String> load(String path) {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + path, e);
		}
		var map = new HashMap<String, String>();
		properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
		return map;
	}
}
