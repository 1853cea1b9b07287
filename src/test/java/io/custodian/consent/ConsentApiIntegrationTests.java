package io.custodian.consent;

import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.Consents;
import io.custodian.CustodianTest;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
class ConsentApiIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataStore> stores;

	Api admin;

	String site;

	@BeforeEach
	void registerSite() {
		admin = Api.asAdmin(mvc);
		var result = admin.post("/api/v1/sites", """
				{"name":"Shop","domains":["consent-%s.example"]}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
			.exchange();
		site = json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString();
	}

	MvcTestResult decide(String body) {
		return mvc.post().uri("/api/v1/consent/records").contentType("text/plain").header("User-Agent", "Firefox/140")
			.content(body).exchange();
	}

	@Test
	void servesTheBannerConfigurationWithDefaultsAndTheCookieDeclaration() {
		var config = mvc.get().uri("/api/v1/consent/sites/{site}/config", site).exchange();
		assertThat(config).hasStatusOk();
		assertThat(config).bodyJson().extractingPath("$.categories[*].id").asArray()
			.containsExactly("necessary", "preferences", "analytics", "marketing", "social");
		assertThat(config).bodyJson().extractingPath("$.texts.de.rejectAll").isEqualTo("Alle ablehnen");
		assertThat(config).bodyJson().extractingPath("$.cookies[*].name").asArray().contains("custodian_consent", "_cst_vid");
		assertThat(config).bodyJson().extractingPath("$.gpcCategories[0]").isEqualTo("marketing");
	}

	@Test
	void recordsADecisionAsAVerifiableReceipt() {
		var recorded = decide("""
				{"site":"%s","granted":["analytics"],"denied":["marketing"],"cause":"click","language":"de"}""".formatted(site));
		assertThat(recorded).hasStatus(HttpStatus.CREATED);
		var id = json.readTree(recorded.getResponse().getContentAsByteArray()).get("consentId").asString();
		assertThat(id).startsWith("c_");
		var receipts = mvc.get().uri("/api/v1/consent/{id}/receipts", id).exchange();
		assertThat(receipts).hasStatusOk();
		assertThat(receipts).bodyJson().extractingPath("$[0].verified").isEqualTo(true);
		assertThat(receipts).bodyJson().extractingPath("$[0].record.granted").asArray().containsExactly("analytics", "necessary");
		assertThat(receipts).bodyJson().extractingPath("$[0].record.denied").asArray()
			.contains("marketing", "preferences", "social");
		assertThat(receipts).bodyJson().extractingPath("$[0].record.userAgent").isEqualTo("Firefox/140");
	}

	@Test
	void refusesForgedIdsUnknownSitesAndCategoriesAndMalformedPayloads() {
		for (var body : new String[] { "{not json", "[]", """
				{"site":"%s","consentId":"c_AAAAAAAAAAAAAAAA.0000000000000000","granted":["analytics"]}""".formatted(site), """
				{"site":"%s","granted":["analytics"]}""".formatted(UUID.randomUUID()), """
				{"site":"%s","granted":["tracking-everything"]}""".formatted(site), """
				{"site":"%s","denied":["necessary"]}""".formatted(site), """
				{"site":"%s","granted":["analytics"],"denied":["analytics"]}""".formatted(site), """
				{"site":"%s","granted":["analytics"],"cause":"telepathy"}""".formatted(site) }) {
			var result = decide(body);
			assertThat(result.getResponse().getStatus()).as(body).isEqualTo(400);
		}
		assertThat(decide("{\"site\":\"" + site + "\",\"language\":\"" + "x".repeat(20_000) + "\"}"))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_records WHERE site_id = :s").param("s", UUID.fromString(site))
			.query(Long.class).single()).isZero();
	}

	@Test
	void tellsTheSiteBackEndWhatTheVisitorGrantsNow() {
		var id = Consents.grant(mvc, json, site, "analytics", "social");
		var token = json.readTree(admin.post("/api/v1/sites/{site}/consent/token", "", site).exchange().getResponse()
			.getContentAsByteArray()).get("token").asString();
		var now = mvc.get().uri("/api/v1/consent/{id}", id).header("Authorization", "Bearer " + token).exchange();
		assertThat(now).hasStatusOk();
		assertThat(now).bodyJson().extractingPath("$.granted").asArray().contains("analytics", "social");
		decide("""
				{"site":"%s","consentId":"%s","granted":[],"cause":"withdrawal"}""".formatted(site, id));
		var after = mvc.get().uri("/api/v1/consent/{id}", id).header("Authorization", "Bearer " + token).exchange();
		assertThat(after).bodyJson().extractingPath("$.granted").asArray().containsExactly("necessary");
		assertThat(mvc.get().uri("/api/v1/consent/{id}", id).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/api/v1/consent/{id}", id).header("Authorization", "Bearer cst_site_wrong").exchange())
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void detectsATamperedRecord() {
		var id = Consents.grant(mvc, json, site, "preferences");
		assertThat(admin.get("/api/v1/consent-records/verify").exchange()).bodyJson().extractingPath("$.valid").isEqualTo(true);
		var original = jdbc.sql("SELECT granted FROM consent_records WHERE consent_id = :id").param("id", id)
			.query(String.class).single();
		jdbc.sql("UPDATE consent_records SET granted = 'necessary,preferences,marketing' WHERE consent_id = :id")
			.param("id", id).update();
		try {
			var verify = admin.get("/api/v1/consent-records/verify").exchange();
			assertThat(verify).bodyJson().extractingPath("$.valid").isEqualTo(false);
			var receipts = mvc.get().uri("/api/v1/consent/{id}/receipts", id).exchange();
			assertThat(receipts).bodyJson().extractingPath("$[0].verified").isEqualTo(false);
		}
		finally {
			jdbc.sql("UPDATE consent_records SET granted = :granted WHERE consent_id = :id").param("granted", original)
				.param("id", id).update();
		}
	}

	@Test
	void publishingAStatementThatTouchesCategoriesAsksAgain() throws Exception {
		assertThat(admin.post("/api/v1/sites/{site}/consent/statements", """
				{"body":"We use cookies.\\nWe keep data 13 months."}""", site).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/consent/sites/{site}/config", site).exchange()).bodyJson()
			.extractingPath("$.statementVersion").isEqualTo(0);
		admin.post("/api/v1/sites/{site}/consent/statements", """
				{"body":"We use cookies.\\nWe keep data 25 months.\\nWe share with ad partners.","categories":["marketing"]}""",
				site).exchange();
		assertThat(mvc.get().uri("/api/v1/consent/sites/{site}/config", site).exchange()).bodyJson()
			.extractingPath("$.statementVersion").isEqualTo(2);
		var diff = admin.get("/api/v1/sites/{site}/consent/statements/2/diff", site).exchange().getResponse().getContentAsString();
		assertThat(diff).contains("-We keep data 13 months.").contains("+We keep data 25 months.").contains("+We share with ad partners.");
	}

	@Test
	void changingCategoriesBumpsTheBannerVersionAndBadSettingsAreRefused() {
		var changed = admin.put("/api/v1/sites/{site}/consent/settings", """
				{"categories":["necessary","analytics"],"googleConsentMode":true,"privacyUrl":"https://shop.example/privacy"}""",
				site).exchange();
		assertThat(changed).hasStatusOk();
		assertThat(changed).bodyJson().extractingPath("$.bannerVersion").isEqualTo(2);
		assertThat(changed).bodyJson().extractingPath("$.googleConsentMode").isEqualTo(true);
		var bad = admin.put("/api/v1/sites/{site}/consent/settings", """
				{"categories":["analytics"],"dnt":"sometimes","privacyUrl":"javascript:alert(1)"}""", site).exchange();
		assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(bad).bodyJson().extractingPath("$.errors[*].field").asArray().contains("categories", "dnt", "privacyUrl");
	}

	@Test
	void publishesTheCookieDeclarationEscaped() throws Exception {
		assertThat(admin.post("/api/v1/sites/{site}/consent/cookies", """
				{"name":"_ga","provider":"<script>Google</script>","party":"third","duration":"2 years",
				 "category":"analytics","purpose":"Distinguishes users"}""", site).exchange()).hasStatusOk();
		var page = mvc.get().uri("/consent/{site}/cookies", site).exchange();
		assertThat(page).hasStatusOk();
		var html = page.getResponse().getContentAsString();
		assertThat(html).contains("_ga").contains("&lt;script&gt;Google&lt;/script&gt;").doesNotContain("<script>Google");
	}

	@Test
	void servesTheGlobalPrivacyControlStatement() {
		assertThat(mvc.get().uri("/.well-known/gpc.json").exchange()).bodyJson().extractingPath("$.gpc").isEqualTo(true);
	}

	@Test
	void reportsOptInRatesPerCategoryPerDay() {
		Consents.grant(mvc, json, site, "analytics");
		Consents.grant(mvc, json, site, "analytics", "marketing");
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		var stats = admin.get("/api/v1/sites/{site}/consent/statistics?from={f}&to={t}", site, today, today).exchange();
		assertThat(stats).hasStatusOk();
		assertThat(stats).bodyJson().extractingPath("$[0].decisions").isEqualTo(2);
		assertThat(stats).bodyJson().extractingPath("$[0].optInRate.analytics").isEqualTo(1.0);
		assertThat(stats).bodyJson().extractingPath("$[0].optInRate.marketing").isEqualTo(0.5);
	}

	@Test
	void erasureKeepsTheDecisionAsProofButNothingThatIdentifies() {
		var id = Consents.grant(mvc, json, site, "analytics");
		var customer = UUID.randomUUID();
		assertThat(admin.put("/api/v1/consent-records/{id}/customer", """
				{"customerId":"%s"}""".formatted(customer), id).exchange()).hasStatus(HttpStatus.NO_CONTENT);
		var store = stores.stream().filter(s -> s.describe().store().equals("consent")).findFirst().orElseThrow();
		assertThat(store.export(DataSubject.customer(customer)).get("consentIds")).asList().containsExactly(id);
		var subject = DataSubject.customer(customer);
		var outcome = store.erase(subject);
		assertThat(outcome.kept()).contains("decisions");
		assertThat(outcome.reason()).contains("Art. 7");
		var receipts = mvc.get().uri("/api/v1/consent/{id}/receipts", id).exchange();
		assertThat(receipts).bodyJson().extractingPath("$[0].verified").isEqualTo(true);
		assertThat(receipts).bodyJson().doesNotHavePath("$[0].record.userAgent");
		assertThat(admin.get("/api/v1/consent-records/verify").exchange()).bodyJson().extractingPath("$.valid").isEqualTo(true);
	}
}
