package io.custodian.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.Mailbox;
import io.custodian.WithMailServer;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A customer signs in by email, sees and corrects what is held, files requests without a code, and signs out. */
@CustodianTest
class AccountIntegrationTests extends WithMailServer {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	String email;

	UUID customer;

	@BeforeEach
	void createCustomer() {
		email = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		var created = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"%s","name":"Grace Hopper","phone":"+1 555 0100","source":"customer-form",
				 "purposes":["support"]}""".formatted(email)).exchange();
		customer = UUID.fromString(json.readTree(created.getResponse().getContentAsByteArray()).get("id").asString());
	}

	@Test
	void signsInWithTheCodeFromTheEmailAndSeesEveryFieldWithItsSourceAndPurposes() throws Exception {
		var session = signInByCode();

		assertThat(mvc.get().uri("/account?lang=en").cookie(session)).hasStatusOk().bodyText()
			.contains("Your account", "Grace Hopper", "+1 555 0100", email, "customer-form", "support",
					"Where you are signed in", "email-code", "This device", "Consent decisions");
		assertThat(audited("account.signed-in")).isEqualTo(1);
	}

	@Test
	void theLinkFromTheEmailSignsInOnceAfterAButtonPress() throws Exception {
		mvc.post().uri("/account/sign-in?lang=en").with(csrf()).param("email", email).exchange();
		var token = Mailbox.find(Mailbox.bodyOf(MAIL, email, "Sign in"),
				Pattern.compile("/account/sign-in/link/([A-Za-z0-9_-]{43})"));

		assertThat(mvc.get().uri("/account/sign-in/link/{t}?lang=en", token)).hasStatusOk().bodyText()
			.contains("Press the button to sign in");
		var used = mvc.post().uri("/account/sign-in/link/{t}?lang=en", token).with(csrf()).exchange();
		assertThat(used).hasStatus(HttpStatus.SEE_OTHER).hasRedirectedUrl("/account?lang=en");
		assertThat(used.getResponse().getHeader("Set-Cookie")).contains("custodian_account=", "HttpOnly", "SameSite=Lax");

		assertThat(mvc.post().uri("/account/sign-in/link/{t}?lang=en", token).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("This link has expired or was used");
	}

	@Test
	void knownAndUnknownEmailsGetTheSameAnswerAndOnlyTheKnownGetsMail() throws Exception {
		var known = mvc.post().uri("/account/sign-in?lang=en").with(csrf()).param("email", email).exchange();
		var stranger = "nobody-" + UUID.randomUUID() + "@example.com";
		var unknown = mvc.post().uri("/account/sign-in?lang=en").with(csrf()).param("email", stranger).exchange();

		assertThat(known).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(unknown).hasStatus(HttpStatus.SEE_OTHER);
		var knownPage = mvc.get().uri(known.getResponse().getRedirectedUrl()).exchange();
		var unknownPage = mvc.get().uri(unknown.getResponse().getRedirectedUrl()).exchange();
		assertThat(normalize(knownPage)).isEqualTo(normalize(unknownPage));
		Mailbox.bodyOf(MAIL, email, "Sign in");
		assertThat(mvc.post().uri(unknown.getResponse().getRedirectedUrl()).with(csrf()).param("code", "123456"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("The code is not right");
	}

	@Test
	void wrongCodesEndThePendingSignInAndBadEmailsAreNamed() throws Exception {
		var page = mvc.post().uri("/account/sign-in?lang=en").with(csrf()).param("email", email).exchange()
			.getResponse().getRedirectedUrl();
		var code = Mailbox.find(Mailbox.bodyOf(MAIL, email, "Sign in"), Pattern.compile("code on the sign-in page: (\\d{6})"));
		var wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.post().uri(page).with(csrf()).param("code", wrong)).hasStatus(HttpStatus.BAD_REQUEST);
		}
		assertThat(mvc.post().uri(page).with(csrf()).param("code", code)).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
			.contains("too many wrong codes");
		assertThat(mvc.post().uri(page).with(csrf()).param("code", "12ab")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.post().uri("/account/sign-in?lang=en").with(csrf()).param("email", "not-an-email"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Enter a valid email address", "href=\"#email\"");
		assertThat(mvc.post().uri("/account/sign-in?lang=en").param("email", email)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void correctionsAreStoredWithTheCustomerAsSourceAndBadValuesAreNamed() throws Exception {
		var session = signInByCode();

		assertThat(mvc.post().uri("/account/details?lang=en").with(csrf()).cookie(session).param("name", "Grace B. Hopper")
			.param("country", "US")).hasStatus(HttpStatus.SEE_OTHER).hasRedirectedUrl("/account?lang=en&done=saved");
		var fields = Api.asAdmin(mvc).get("/api/v1/customers/{id}?purpose=support", customer).exchange();
		assertThat(fields).bodyJson().extractingPath("$.name").isEqualTo("Grace B. Hopper");
		assertThat(fields).bodyJson().extractingPath("$.fields.name.source").isEqualTo("customer");
		assertThat(fields).bodyJson().extractingPath("$.fields.phone.source").isEqualTo("customer-form");

		assertThat(mvc.post().uri("/account/details?lang=en").with(csrf()).cookie(session).param("country", "XX"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Country: must be an ISO 3166-1", "value=\"XX\"");
	}

	@Test
	void aSignedInCustomerFilesADeletionWithoutACodeAndItIsFulfilled() throws Exception {
		var session = signInByCode();
		var mailsBefore = MAIL.getReceivedMessages().length;

		var filed = mvc.post().uri("/account/requests?lang=en").with(csrf()).cookie(session).param("type", "deletion")
			.param("fields", "phone").exchange();
		assertThat(filed).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(filed.getResponse().getRedirectedUrl()).matches("/account\\?lang=en&done=PR-[A-Z0-9]{8}");

		var fields = Api.asAdmin(mvc).get("/api/v1/customers/{id}?purpose=support", customer).exchange();
		assertThat(fields).bodyJson().doesNotHavePath("$.phone");
		assertThat(mvc.get().uri("/account?lang=en").cookie(session)).hasStatusOk().bodyText()
			.contains("Delete some data", "Completed").doesNotContain("+1 555 0100");
		assertThat(jdbc.sql("SELECT channel FROM privacy_requests WHERE customer_id = :c").param("c", customer)
			.query(String.class).list()).containsExactly("account");
		assertThat(MAIL.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(mailsBefore)
			.noneMatch(m -> subject(m).contains("Privacy request") && subject(m).contains("code"));
	}

	@Test
	void aRequestFromThePublicFormIsConfirmedFromTheAccountWithoutItsCode() throws Exception {
		var filed = mvc.post().uri("/api/v1/privacy-requests").contentType("application/json")
			.content("{\"email\":\"%s\",\"type\":\"access\"}".formatted(email)).exchange();
		var id = json.readTree(filed.getResponse().getContentAsByteArray()).get("id").asString();
		var session = signInByCode();
		assertThat(mvc.get().uri("/account?lang=en").cookie(session)).bodyText().contains("Waiting for confirmation",
				"/account/requests/" + id + "/confirm");

		assertThat(mvc.post().uri("/account/requests/{id}/confirm?lang=en", id).with(csrf()).cookie(session))
			.hasStatus(HttpStatus.SEE_OTHER);
		assertThat(jdbc.sql("SELECT state FROM privacy_requests WHERE id = :id").param("id", UUID.fromString(id))
			.query(String.class).single()).isEqualTo("COMPLETED");
		assertThat(mvc.post().uri("/account/requests/{id}/confirm?lang=en", id).with(csrf()).cookie(session))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(mvc.post().uri("/account/requests/{id}/confirm?lang=en", UUID.randomUUID()).with(csrf()).cookie(session))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aCustomerSessionNeverReachesStaffRoutesAndAStaffSessionIsNoCustomer() throws Exception {
		var session = signInByCode();

		assertThat(mvc.get().uri("/customers").accept("text/html").cookie(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/api/v1/customers/{id}?purpose=support", customer).cookie(session))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/account").with(user("admin").roles("ADMIN"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/account")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/account/sign-in");
	}

	@Test
	void signingOutAndIdleTimeEndTheSession() throws Exception {
		var session = signInByCode();
		assertThat(mvc.post().uri("/account/sign-out").with(csrf()).cookie(session)).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(mvc.get().uri("/account").cookie(session)).hasStatus(HttpStatus.FOUND);

		var idle = signInByCode();
		assertThat(mvc.get().uri("/account").cookie(idle)).hasStatusOk();
		jdbc.sql("UPDATE customer_sessions SET last_seen_at = :old WHERE customer_id = :c")
			.param("old", OffsetDateTime.ofInstant(Instant.now().minusSeconds(31 * 60), ZoneOffset.UTC))
			.param("c", customer).update();
		assertThat(mvc.get().uri("/account").cookie(idle)).hasStatus(HttpStatus.FOUND);
		assertThat(audited("account.session-ended")).isEqualTo(1);
	}

	@Test
	void staffSeeAndEndACustomersSessionsAndErasureRemovesThem() throws Exception {
		var session = signInByCode();
		var admin = Api.asAdmin(mvc);
		assertThat(admin.get("/api/v1/customers/{id}/sessions", customer).exchange()).hasStatusOk().bodyJson()
			.extractingPath("$[0].method").isEqualTo("email-code");
		assertThat(mvc.get().uri("/customers/{id}/sessions", customer).with(user("admin").authorities(
				new org.springframework.security.core.authority.SimpleGrantedAuthority("SCOPE_customers:read"))))
			.hasStatusOk().bodyText().contains("Account sessions", "email-code", "signed in");
		assertThat(admin.delete("/api/v1/customers/{id}/sessions", customer).exchange()).hasStatusOk().bodyJson()
			.extractingPath("$.ended").isEqualTo(1);
		assertThat(mvc.get().uri("/account").cookie(session)).hasStatus(HttpStatus.FOUND);

		var again = signInByCode();
		assertThat(mvc.post().uri("/account/requests?lang=en").with(csrf()).cookie(again).param("type", "elimination"))
			.hasStatus(HttpStatus.SEE_OTHER).hasRedirectedUrl("/account/sign-in?lang=en&erased");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_sessions WHERE customer_id = :c").param("c", customer)
			.query(Long.class).single()).isZero();
		assertThat(mvc.get().uri("/account").cookie(again)).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void theDownloadHoldsEveryStoresExport() throws Exception {
		var session = signInByCode();
		var download = mvc.get().uri("/account/export.json").cookie(session).exchange();
		assertThat(download).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"my-data.json\"");
		assertThat(download).bodyJson().extractingPath("$.customer.fields.name.value").isEqualTo("Grace Hopper");
		assertThat(download).bodyJson().hasPath("$.consent").hasPath("$.requests");
	}

	private Cookie signInByCode() throws Exception {
		var before = signInCodes().size();
		var page = mvc.post().uri("/account/sign-in?lang=en").with(csrf()).param("email", email).exchange()
			.getResponse().getRedirectedUrl();
		var code = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(this::signInCodes, codes -> codes.size() > before).getLast();
		MvcTestResult signedIn = mvc.post().uri(page).with(csrf()).param("code", code).exchange();
		assertThat(signedIn).hasStatus(HttpStatus.SEE_OTHER).hasRedirectedUrl("/account?lang=en");
		var cookie = signedIn.getResponse().getHeader("Set-Cookie");
		return new Cookie("custodian_account", cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')));
	}

	private java.util.List<String> signInCodes() throws Exception {
		var pattern = Pattern.compile("code on the sign-in page: (\\d{6})");
		var codes = new java.util.ArrayList<String>();
		for (var message : MAIL.getReceivedMessages()) {
			if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email))) {
				var matcher = pattern.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message));
				if (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
		}
		return codes;
	}

	private static String normalize(MvcTestResult page) throws Exception {
		return page.getResponse().getContentAsString().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID")
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF");
	}

	private long audited(String action) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = :a AND subject = :s").param("a", action)
			.param("s", customer.toString()).query(Long.class).single();
	}

	private static String subject(jakarta.mail.Message message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
