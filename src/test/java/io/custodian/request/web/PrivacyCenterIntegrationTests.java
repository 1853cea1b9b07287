package io.custodian.request.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.Mailbox;
import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.WithMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The public privacy center as a requester uses it: form, same answer, code, status, download summary. */
@CustodianTest
class PrivacyCenterIntegrationTests extends WithMailServer {

	@Autowired
	MockMvcTester mvc;

	@Test
	void formExplainsTheRightsInEnglishAndGerman() {
		assertThat(mvc.get().uri("/privacy").header("Accept-Language", "en-GB,en;q=0.9")).hasStatusOk()
			.bodyText()
			.contains("lang=\"en\"", "Your rights", "Make a request", "See your data", "Erase everything",
					"Withdraw a pause", "Your email address", "What do you want?", "What should we correct or add?",
					"Which details should we delete?", "Send request", "<legend", "for=\"email\"");
		assertThat(mvc.get().uri("/privacy").header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")).hasStatusOk()
			.bodyText()
			.contains("lang=\"de\"", "Ihre Rechte", "Anfrage stellen", "Ihre Daten einsehen", "Alles löschen",
					"Ihre E-Mail-Adresse", "Anfrage senden");
		assertThat(mvc.get().uri("/privacy?lang=de").header("Accept-Language", "en")).hasStatusOk()
			.bodyText()
			.contains("Datenschutz-Center", "action=\"/privacy/requests?lang=de\"");
	}

	@Test
	void publicPagesMayLoadTheirStylesheetButNoScript() {
		var result = mvc.get().uri("/privacy").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("style-src 'self'")
			.contains("default-src 'none'")
			.doesNotContain("script-src");
		assertThat(result).bodyText().contains("/css/privacy.css").doesNotContain("<script");
	}

	@Test
	void knownAndUnknownEmailsGetTheSamePage() {
		var known = unique("known");
		createCustomer(known);
		var unknown = unique("unknown");

		var knownResult = submit(known, "access");
		var unknownResult = submit(unknown, "access");
		assertThat(knownResult).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(unknownResult).hasStatus(HttpStatus.SEE_OTHER);

		var knownPage = mvc.get().uri(knownResult.getResponse().getRedirectedUrl()).exchange();
		var unknownPage = mvc.get().uri(unknownResult.getResponse().getRedirectedUrl()).exchange();
		assertThat(knownPage).hasStatusOk();
		assertThat(unknownPage).hasStatus(knownPage.getResponse().getStatus());
		assertThat(knownPage).bodyText().contains("If we hold data about this email address, we have sent a confirmation code",
				"inputmode=\"numeric\"", "autocomplete=\"one-time-code\"", "Send a new code").doesNotContain(known);
		assertThat(normalize(knownPage)).isEqualTo(normalize(unknownPage));
	}

	@Test
	void anInvalidEmailIsNamedNextToTheForm() {
		var result = mvc.post().uri("/privacy/requests?lang=en").param("email", "not-an-email").param("type", "access")
			.param("message", "Please send me my data").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText()
			.contains("Please check your request", "href=\"#email\"", "Enter a valid email address", "value=\"not-an-email\"",
					"aria-invalid=\"true\"", "Please send me my data")
			.containsPattern("id=\"type-access\"[^>]*checked=\"checked\"");
	}

	@Test
	void aCorrectionNeedsAValueAndADeletionAField() {
		var result = mvc.post().uri("/privacy/requests?lang=en").param("email", unique("fix")).param("type", "correction")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText().contains("fill in at least one detail with its new value");
		var deletion = mvc.post().uri("/privacy/requests?lang=de").param("email", unique("del")).param("type", "deletion")
			.exchange();
		assertThat(deletion).bodyText().contains("Kreuzen Sie für eine Löschung mindestens eine Angabe an.");
		var country = mvc.post().uri("/privacy/requests?lang=en").param("email", unique("fix")).param("type", "correction")
			.param("change.country", "XX").exchange();
		assertThat(country).bodyText().contains("ISO 3166-1", "href=\"#change-country\"", "value=\"XX\"");
	}

	@Test
	void aWrongCodeShowsTheAttemptsLeftInTheRequestersLanguage() {
		var page = submit(unique("wrong"), "access").getResponse().getRedirectedUrl();
		var id = idOf(page);

		var wrong = mvc.post().uri("/privacy/requests/{id}/verification?lang=en", id).param("code", "123456").exchange();
		assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(wrong).bodyText().contains("The code is not right. You have 4 more attempts.", "href=\"#code\"",
				"aria-invalid=\"true\"");
		var german = mvc.post().uri("/privacy/requests/{id}/verification?lang=de", id).param("code", "654321").exchange();
		assertThat(german).bodyText().contains("Der Code stimmt nicht. Sie haben noch 3 Versuche.");
		var format = mvc.post().uri("/privacy/requests/{id}/verification?lang=en", id).param("code", "12ab").exchange();
		assertThat(format).bodyText().contains("Enter the 6 digits from the email.");
	}

	@Test
	void fiveWrongCodesLockTheRequest() {
		var id = idOf(submit(unique("locked"), "elimination").getResponse().getRedirectedUrl());
		MvcTestResult last = null;
		for (int i = 0; i < 5; i++) {
			last = mvc.post().uri("/privacy/requests/{id}/verification?lang=en", id).param("code", "00000" + i).exchange();
		}
		assertThat(last).hasStatus(HttpStatus.LOCKED);
		assertThat(last).bodyText().contains("This request is locked", "Please make a new request")
			.doesNotContain("name=\"code\"");
		assertThat(mvc.get().uri("/privacy/requests/{id}?lang=de", id)).hasStatus(HttpStatus.LOCKED)
			.bodyText()
			.contains("Diese Anfrage ist gesperrt", "Neue Anfrage stellen");
	}

	@Test
	void theCodeFromTheEmailConfirmsAndTheDownloadSummaryShowsTheData() throws Exception {
		var email = unique("ada");
		createCustomer(email);
		var page = submit(email, "access").getResponse().getRedirectedUrl();
		var id = idOf(page);
		var code = Mailbox.find(Mailbox.bodyOf(MAIL, email, "Privacy request PR-"), Pattern.compile("\\b(\\d{6})\\b"));

		var confirmed = mvc.post().uri("/privacy/requests/{id}/verification?lang=en", id).param("code", code).exchange();
		assertThat(confirmed).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(mvc.get().uri(confirmed.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.contains("Thank you: your request is confirmed.", "Completed", "See your data")
			.doesNotContain(email);

		var link = Mailbox.find(Mailbox.bodyOf(MAIL, email, "completed"), Pattern.compile("/privacy/downloads/([A-Za-z0-9_-]+)"));
		assertThat(mvc.get().uri("/privacy/downloads/{token}/summary", link)).hasStatusOk()
			.bodyText()
			.contains("Your data", "Ada Lovelace", email, "href=\"/privacy/downloads/" + link + "\"");
		assertThat(mvc.get().uri("/privacy/downloads/{token}/summary?lang=de", "unknown-token"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Link ungültig");
	}

	@Test
	void aNewCodeGetsTheSameAnswer() {
		var id = idOf(submit(unique("resend"), "suspension").getResponse().getRedirectedUrl());
		var resent = mvc.post().uri("/privacy/requests/{id}/code?lang=en", id).exchange();
		assertThat(resent).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(mvc.get().uri(resent.getResponse().getRedirectedUrl())).hasStatusOk()
			.bodyText()
			.contains("If we hold data about this email address, a new code is on its way.");
	}

	@Test
	void anUnknownRequestIsNotFound() {
		assertThat(mvc.get().uri("/privacy/requests/{id}", UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Request not found");
		assertThat(mvc.get().uri("/privacy/requests/not-a-uuid")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult submit(String email, String type) {
		return mvc.post().uri("/privacy/requests?lang=en").param("email", email).param("type", type)
			.param("message", "From the privacy center").exchange();
	}

	private void createCustomer(String email) {
		var result = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"%s","name":"Ada Lovelace","source":"customer-form","purposes":["support"]}""".formatted(email))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
	}

	private static String normalize(MvcTestResult page) {
		String body;
		try {
			body = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return body.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID")
			.replaceAll("PR-[A-Z0-9]{8}", "REF");
	}

	private static String idOf(String location) {
		var matcher = Pattern.compile("/privacy/requests/([0-9a-f-]{36})").matcher(location);
		assertThat(matcher.find()).as("request id in " + location).isTrue();
		return matcher.group(1);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}
}
