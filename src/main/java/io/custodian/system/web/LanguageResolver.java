package io.custodian.system.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page, decided anew on every request (no session, no cookie): the one asked for by {@code ?lang=},
 * else the first supported one the browser accepts, else English.
 */
final class LanguageResolver implements LocaleResolver {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		var asked = request.getParameter("lang");
		if (asked != null) {
			var chosen = asked.toLowerCase(Locale.ROOT);
			for (var language : LANGUAGES) {
				if (chosen.startsWith(language.getLanguage())) {
					return language;
				}
			}
		}
		if (request.getHeader("Accept-Language") != null) {
			for (var accepted : Collections.list(request.getLocales())) {
				for (var language : LANGUAGES) {
					if (language.getLanguage().equals(accepted.getLanguage())) {
						return language;
					}
				}
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language follows ?lang= and Accept-Language on each request");
	}
}
