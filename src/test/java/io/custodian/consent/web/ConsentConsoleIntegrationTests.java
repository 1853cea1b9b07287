package io.custodian.consent.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.custodian.Consents;
import io.custodian.CustodianTest;
import io.custodian.consent.internal.ConsentDesk;
import io.custodian.site.NewSite;
import io.custodian.site.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@CustodianTest
class ConsentConsoleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Sites sites;

	@Autowired
	ConsentDesk desk;

	@Autowired
	JsonMapper json;

	UUID site;

	@BeforeEach
	void registerSite() {
		site = sites.register(new NewSite("Consent shop", List.of("consent-console-" + UUID.randomUUID().toString()
			.substring(0, 8) + ".example"), "Europe/Berlin", null, List.of())).id();
	}

	@Test
	void theSiteSelectorLeadsToTheBannerSettingsWithALivePreview() {
		assertThat(mvc.get().uri("/consent").with(admin())).hasStatusOk().bodyText()
			.contains("Choose a site", "/consent/sites/" + site);
		var page = mvc.get().uri("/consent/sites/{id}", site).with(admin()).exchange();
		assertThat(page).hasStatusOk().bodyText()
			.contains("id=\"banner-preview\"", "data-preview-target=\"title\"", "Your privacy choices",
					"Ihre Datenschutz-Einstellungen", "/js/consent-console.js", "Save banner settings",
					"href=\"/consent/" + site + "/cookies\"")
			.doesNotContain("<script>", "onclick=", "oninput=");
	}

	@Test
	void bannerSettingsAreSavedAndShown() {
		var saved = mvc.post().uri("/consent/sites/{id}/settings", site).with(admin()).with(csrf())
			.param("categories", "necessary", "analytics", "marketing")
			.param("privacyUrl", "https://shop.example/privacy")
			.param("gpcCategories", "marketing", "analytics").param("dnt", "as-gpc").param("googleConsentMode", "true")
			.param("text.en.title", "Cookies <b>here</b>").param("text.en.body", "We care.\r\nReally.")
			.param("text.en.acceptAll", "Yes").param("text.en.rejectAll", "No").param("text.en.settings", "Choose")
			.param("text.en.save", "Save")
			.param("text.de.title", "").param("text.de.body", "").param("text.de.acceptAll", "Ja")
			.param("text.de.rejectAll", "Nein").param("text.de.settings", "Auswahl").param("text.de.save", "Speichern")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/consent/sites/" + site)
			.flash().containsKey("notice");
		var config = desk.config(site);
		assertThat(config.categories()).extracting(c -> c.id()).containsExactly("necessary", "analytics", "marketing");
		assertThat(config.bannerVersion()).isEqualTo(2);
		assertThat(config.privacyUrl()).isEqualTo("https://shop.example/privacy");
		assertThat(config.gpcCategories()).containsExactlyInAnyOrder("marketing", "analytics");
		assertThat(config.dnt()).isEqualTo("as-gpc");
		assertThat(config.googleConsentMode()).isTrue();
		assertThat(config.texts().get("en")).containsEntry("title", "Cookies <b>here</b>").containsEntry("body", "We care.\nReally.")
			.containsEntry("close", "Close");
		assertThat(config.texts().get("de")).containsEntry("title", "Ihre Datenschutz-Einstellungen")
			.containsEntry("acceptAll", "Ja");

		assertThat(mvc.get().uri("/consent/sites/{id}", site).with(admin())).hasStatusOk().bodyText()
			.contains("Cookies &lt;b&gt;here&lt;/b&gt;", "value=\"https://shop.example/privacy\"", "Banner version 2",
					"value=\"as-gpc\" selected")
			.doesNotContain("Cookies <b>here</b>");

		var refused = mvc.post().uri("/consent/sites/{id}/settings", site).with(admin()).with(csrf())
			.param("categories", "analytics").param("privacyUrl", "javascript:alert(1)").param("dnt", "sometimes")
			.exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("Nothing was saved", "must be an http or https URL",
				"must be ignore or as-gpc");
		assertThat(desk.config(site).privacyUrl()).isEqualTo("https://shop.example/privacy");
	}

	@Test
	void declaredCookiesAreListedEscapedAndCanBeRemovedButBuiltInOnesCannot() {
		var declared = mvc.post().uri("/consent/sites/{id}/cookies", site).with(admin()).with(csrf())
			.param("name", "_ga").param("provider", "<script>alert('Google')</script>").param("party", "third")
			.param("duration", "2 years").param("category", "analytics").param("purpose", "Distinguishes users")
			.exchange();
		assertThat(declared).hasStatus3xxRedirection().flash().containsKey("notice");
		var page = mvc.get().uri("/consent/sites/{id}/cookies", site).with(admin()).exchange();
		assertThat(page).hasStatusOk().bodyText()
			.contains("_ga", "&lt;script&gt;alert(&#39;Google&#39;)&lt;/script&gt;", "built-in", "custodian_consent",
					"Public page")
			.doesNotContain("<script>alert");

		var cookie = desk.config(site).cookies().stream().filter(c -> c.name().equals("_ga")).findFirst().orElseThrow();
		var builtIn = desk.config(site).cookies().stream().filter(c -> c.builtIn()).findFirst().orElseThrow();
		assertThat(mvc.post().uri("/consent/sites/{id}/cookies/{c}/delete", site, builtIn.id()).with(admin()).with(csrf())
			.exchange()).hasStatus3xxRedirection().flash().containsKey("alert");
		assertThat(mvc.post().uri("/consent/sites/{id}/cookies/{c}/delete", site, cookie.id()).with(admin()).with(csrf())
			.exchange()).hasStatus3xxRedirection().flash().containsKey("notice");
		assertThat(desk.config(site).cookies()).extracting(c -> c.name()).doesNotContain("_ga").contains(builtIn.name());

		var invalid = mvc.post().uri("/consent/sites/{id}/cookies", site).with(admin()).with(csrf()).param("name", "")
			.param("provider", "x").param("party", "fourth").param("duration", "1 day").param("category", "analytics")
			.param("purpose", "p").exchange();
		assertThat(invalid).hasStatusOk().bodyText().contains("Nothing was declared", "must be first or third");
	}

	@Test
	void publishingAStatementAndViewingItsDiff() {
		assertThat(mvc.post().uri("/consent/sites/{id}/statements", site).with(admin()).with(csrf())
			.param("body", "We use cookies.\r\nWe keep data 13 months.").exchange()).hasStatus3xxRedirection();
		var second = mvc.post().uri("/consent/sites/{id}/statements", site).with(admin()).with(csrf())
			.param("body", "We use cookies.\r\nWe keep data 25 months.\r\nWe share <data> with ad partners.")
			.param("categories", "marketing").exchange();
		assertThat(second).hasStatus3xxRedirection().flash().containsKey("notice");
		assertThat(desk.config(site).statementVersion()).isEqualTo(2);

		assertThat(mvc.get().uri("/consent/sites/{id}/statements", site).with(admin())).hasStatusOk().bodyText()
			.contains("v1", "v2", "asked again", "consent kept", "Categories this change touches", "asks every visitor again");
		var diff = mvc.get().uri("/consent/sites/{id}/statements/2", site).with(admin()).exchange();
		assertThat(diff).hasStatusOk().bodyText()
			.contains("<pre class=\"diff\" id=\"statement-diff\">")
			.contains("<span class=\"del\">-We keep data 13 months.</span>")
			.contains("<span class=\"add\">+We keep data 25 months.</span>")
			.contains("+We share &lt;data&gt; with ad partners.")
			.doesNotContain("<data>");
		assertThat(mvc.get().uri("/consent/sites/{id}/statements/9", site).with(admin())).hasStatus(404).bodyText()
			.contains("Statement version 9");
		assertThat(mvc.post().uri("/consent/sites/{id}/statements", site).with(admin()).with(csrf()).param("body", " ")
			.exchange()).hasStatusOk().bodyText().contains("is required");
	}

	@Test
	void receiptLookupShowsTheRecordedDecisionAsVerified() {
		var consentId = Consents.grant(mvc, json, site.toString(), "analytics");
		var page = mvc.get().uri("/consent/sites/{id}/receipts?consentId={c}", site, consentId).with(admin()).exchange();
		assertThat(page).hasStatusOk().bodyText()
			.contains("Consent record chain is intact", "id=\"receipts\"", "verified", "analytics", "marketing",
					"click", "banner v1 · statement v0")
			.doesNotContain("does not verify");
		assertThat(mvc.get().uri("/consent/sites/{id}/receipts?consentId={c}", site, "c_unknown").with(admin()))
			.hasStatusOk().bodyText().contains("No consent with this id was recorded.");
	}

	@Test
	void statisticsShowOptInRatesAndTheChartData() {
		Consents.grant(mvc, json, site.toString(), "analytics");
		Consents.grant(mvc, json, site.toString(), "analytics", "marketing");
		var page = mvc.get().uri("/consent/sites/{id}/statistics", site).with(admin()).exchange();
		assertThat(page).hasStatusOk().bodyText()
			.contains("id=\"consent-chart\"", "data-chart=", "chart.umd.js", "2 decisions",
					"100.0 %", "50.0 %");
	}

	@Test
	void theSiteTokenIsShownOnceWithACurlExample() {
		var issued = mvc.post().uri("/consent/sites/{id}/token", site).with(admin()).with(csrf()).exchange();
		assertThat(issued).hasStatus3xxRedirection().flash().containsKey("issuedToken");
		var token = (String) issued.getMvcResult().getFlashMap().get("issuedToken");
		assertThat(token).startsWith("cst_site_");
		assertThat(mvc.get().uri("/consent/sites/{id}/token", site).with(admin()).flashAttr("issuedToken", token))
			.hasStatusOk().bodyText()
			.contains("copy it now", token, "curl -H &quot;Authorization: Bearer " + token
					+ "&quot; http://localhost/api/v1/consent/{consentId}");
		assertThat(mvc.get().uri("/consent/sites/{id}/token", site).with(admin())).hasStatusOk().bodyText()
			.doesNotContain(token).contains("Issue token");
	}

	@Test
	void onlyManagersChangeConsentSettings() {
		assertThat(mvc.post().uri("/consent/sites/{id}/settings", site).with(analyst()).with(csrf())
			.param("categories", "necessary").exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/consent/sites/{id}/token", site).with(analyst()).with(csrf()).exchange())
			.hasStatus(403);
		assertThat(mvc.get().uri("/consent/sites/{id}/receipts", site).with(analyst())).hasStatus(403);
		assertThat(mvc.get().uri("/consent/sites/{id}", site).with(analyst())).hasStatusOk().bodyText()
			.contains("disabled").doesNotContain("Save banner settings", "Site token");
		assertThat(mvc.get().uri("/consent/sites/{id}", UUID.randomUUID()).with(admin())).hasStatus(404);
	}

	static RequestPostProcessor admin() {
		return user("admin").authorities(authorities("ROLE_ADMIN", "SCOPE_audit:read", "SCOPE_analytics:read",
				"SCOPE_sites:manage"));
	}

	static RequestPostProcessor analyst() {
		return user("anna").authorities(authorities("ROLE_ANALYST", "SCOPE_customers:read", "SCOPE_analytics:read"));
	}

	static List<SimpleGrantedAuthority> authorities(String... names) {
		return Arrays.stream(names).map(SimpleGrantedAuthority::new).toList();
	}
}
