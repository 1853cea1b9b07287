package io.custodian.system.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageResolverTests {

	private final LanguageResolver resolver = new LanguageResolver();

	@Test
	void theLangParameterWinsOverTheBrowser() {
		var request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "en-US,en;q=0.9");
		request.setParameter("lang", "DE-at");
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.GERMAN);
	}

	@Test
	void theFirstSupportedLanguageTheBrowserAcceptsIsChosen() {
		var request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "fr-FR,de-AT;q=0.8,en;q=0.5");
		request.setParameter("lang", "fr");
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.GERMAN);
	}

	@Test
	void anythingElseIsEnglish() {
		var request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "fr-FR,it;q=0.8");
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
		assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.ENGLISH);
	}
}
