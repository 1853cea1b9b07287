package io.custodian.request.internal;

import java.time.Instant;

import io.custodian.request.RequestType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTextsTests {

	@Test
	void answersGermanRequestsInGerman() {
		assertThat(RequestTexts.completedSubject("PR-1", "de-DE")).isEqualTo("Datenschutz-Anfrage PR-1 abgeschlossen");
		assertThat(RequestTexts.completed("PR-1", RequestType.DELETION, null, 7, "de"))
			.isEqualTo("Ihre Datenschutz-Anfrage PR-1 (Löschung) ist erledigt.");
		assertThat(RequestTexts.completed("PR-1", RequestType.ACCESS, "https://x/d/t", 7, "de"))
			.contains("Laden Sie Ihre Daten herunter (der Link gilt 7 Tage): https://x/d/t");
		assertThat(RequestTexts.rejected("Kein Konto", "de")).isEqualTo("Wir konnten Ihre Anfrage nicht erfüllen: Kein Konto");
		assertThat(RequestTexts.extended(Instant.parse("2027-01-31T10:00:00Z"), "Umfang", "de"))
			.isEqualTo("Wir brauchen mehr Zeit für die Antwort auf Ihre Anfrage, bis zum 2027-01-31. Der Grund: Umfang");
	}

	@Test
	void answersEveryOtherLanguageInEnglish() {
		assertThat(RequestTexts.completedSubject("PR-2", "fr")).isEqualTo("Privacy request PR-2 completed");
		assertThat(RequestTexts.completed("PR-2", RequestType.ELIMINATION, null, 7, null))
			.isEqualTo("Your privacy request PR-2 (elimination) is complete.");
		assertThat(RequestTexts.extended(Instant.parse("2027-01-31T10:00:00Z"), "Scope", "en"))
			.isEqualTo("We need more time to answer your request, until 2027-01-31. The reason: Scope");
		assertThat(RequestTexts.code("PR-2", "123456", 30, "https://privacy.example/privacy/requests/abc", "en")).contains("Your confirmation code: 123456");
	}
}
