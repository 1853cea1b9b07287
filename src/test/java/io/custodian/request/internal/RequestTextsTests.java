package io.custodian.request.internal;

import java.time.Instant;

import io.custodian.request.RequestType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTextsTests {

	private final RequestTexts texts = new RequestTexts(applicationMessages());

	/** The messages as spring.messages in application.yml configures them. */
	private static ResourceBundleMessageSource applicationMessages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void answersGermanRequestsInGerman() {
		assertThat(texts.completedSubject("PR-1", "de-DE")).isEqualTo("Datenschutz-Anfrage PR-1 abgeschlossen");
		assertThat(texts.completed("PR-1", RequestType.DELETION, null, 7, "de"))
			.isEqualTo("Ihre Datenschutz-Anfrage PR-1 (Löschung) ist erledigt.");
		assertThat(texts.completed("PR-1", RequestType.ACCESS, "https://x/d/t", 7, "de"))
			.contains("Laden Sie Ihre Daten herunter (der Link gilt 7 Tage): https://x/d/t");
		assertThat(texts.rejected("Kein Konto", "de")).isEqualTo("Wir konnten Ihre Anfrage nicht erfüllen: Kein Konto");
		assertThat(texts.extended(Instant.parse("2027-01-31T10:00:00Z"), "Umfang", "de"))
			.isEqualTo("Wir brauchen mehr Zeit für die Antwort auf Ihre Anfrage, bis zum 2027-01-31. Der Grund: Umfang");
	}

	@Test
	void answersEveryOtherLanguageInEnglish() {
		assertThat(texts.completedSubject("PR-2", "fr")).isEqualTo("Privacy request PR-2 completed");
		assertThat(texts.completed("PR-2", RequestType.ELIMINATION, null, 7, null))
			.isEqualTo("Your privacy request PR-2 (elimination) is complete.");
		assertThat(texts.extended(Instant.parse("2027-01-31T10:00:00Z"), "Scope", "en"))
			.isEqualTo("We need more time to answer your request, until 2027-01-31. The reason: Scope");
		assertThat(texts.code("PR-2", "123456", 30, "https://privacy.example/privacy/requests/abc", "en")).contains("Your confirmation code: 123456");
	}
}
