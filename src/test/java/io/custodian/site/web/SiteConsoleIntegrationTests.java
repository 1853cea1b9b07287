package io.custodian.site.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.custodian.CustodianTest;
import io.custodian.site.Sites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@CustodianTest
class SiteConsoleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Sites sites;

	@Test
	void registeringASiteThroughTheFormShowsItsInstallSnippets() throws Exception {
		var domain = unique() + ".example";
		var result = mvc.post().uri("/sites").with(admin()).with(csrf())
			.param("name", "Bakery").param("domains", domain + "\nwww.bakery-" + unique() + ".example")
			.param("timeZone", "Europe/Berlin").param("cookieMode", "none").param("excludedIps", "203.0.113.0/24")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		var location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/sites/");
		var id = UUID.fromString(location.substring("/sites/".length()));
		var site = sites.find(id).orElseThrow();
		assertThat(site.timeZone().getId()).isEqualTo("Europe/Berlin");

		var page = mvc.get().uri(location).with(admin()).flashAttr("notice", "Site registered").exchange();
		assertThat(page).hasStatusOk();
		var html = page.getResponse().getContentAsString();
		assertThat(html)
			.containsPattern("&lt;script defer src=&quot;http://localhost/t-[0-9a-f]{32}\\.js&quot; data-site=&quot;" + id
					+ "&quot; data-mode=&quot;none&quot;&gt;&lt;/script&gt;")
			.containsPattern("&lt;script src=&quot;http://localhost/consent-[0-9a-f]{32}\\.js&quot; data-site=&quot;" + id
					+ "&quot;&gt;")
			.contains("http://localhost/matomo.php").contains("setSiteId&#39;, &#39;" + site.trackingId())
			.contains("data-domain=&quot;" + domain + "&quot;").contains("data-website-id=&quot;" + id + "&quot;")
			.contains("first in").contains("Save changes");
		assertThat(mvc.get().uri("/sites").with(admin())).hasStatusOk().bodyText().contains("Bakery", domain, "Europe/Berlin");
	}

	@Test
	void editingChangesOnlyWhatDiffersAndRefusalsAreShownInline() {
		var domain = unique() + ".example";
		var created = mvc.post().uri("/sites").with(admin()).with(csrf()).param("name", "Florist")
			.param("domains", domain).param("timeZone", "UTC").param("cookieMode", "cookieless").param("excludedIps", "")
			.exchange();
		var location = created.getResponse().getRedirectedUrl();
		var id = UUID.fromString(location.substring("/sites/".length()));

		assertThat(mvc.post().uri(location).with(admin()).with(csrf()).param("name", "Florist & Co")
			.param("domains", domain).param("timeZone", "UTC").param("cookieMode", "cookieless").param("excludedIps", "")
			.exchange()).hasStatus3xxRedirection().flash().containsKey("notice");
		var site = sites.find(id).orElseThrow();
		assertThat(site.name()).isEqualTo("Florist & Co");
		assertThat(site.domains()).containsExactly(domain);

		var refused = mvc.post().uri(location).with(admin()).with(csrf()).param("name", "Florist & Co")
			.param("domains", "https://not a domain/").param("timeZone", "Mars/Olympus").param("cookieMode", "cookieless")
			.param("excludedIps", "").exchange();
		assertThat(refused).hasStatusOk().bodyText()
			.contains("Nothing was saved", "is not a domain name", "must be an IANA time zone");
		assertThat(sites.find(id).orElseThrow().timeZone().getId()).isEqualTo("UTC");

		var unnamed = mvc.post().uri("/sites").with(admin()).with(csrf()).param("name", "<script>x</script>")
			.param("domains", "").param("timeZone", "UTC").param("cookieMode", "cookieless").exchange();
		assertThat(unnamed).hasStatusOk().bodyText().contains("The site was not registered", "name at least one domain")
			.contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x</script>");
	}

	@Test
	void analystsSeeSitesButOnlyManagersChangeThem() {
		var domain = unique() + ".example";
		assertThat(mvc.post().uri("/sites").with(analyst()).with(csrf()).param("name", "Nope").param("domains", domain)
			.exchange()).hasStatus(403);
		assertThat(sites.findByDomain(domain)).isEmpty();
		var page = mvc.get().uri("/sites").with(analyst()).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Registered sites").doesNotContain("Register site");
		assertThat(mvc.get().uri("/sites").with(support())).hasStatus(403);
		assertThat(mvc.get().uri("/sites").accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/sites").with(admin()).param("name", "No CSRF").param("domains", domain).exchange())
			.hasStatus(403);
		assertThat(mvc.get().uri("/sites/{id}", UUID.randomUUID()).with(admin())).hasStatus(404).bodyText()
			.contains("Site not found");
	}

	@Test
	void theNavigationShowsSitesAnalyticsAndConsentByScope() {
		assertThat(mvc.get().uri("/").with(admin())).hasStatusOk().bodyText()
			.contains("href=\"/sites\"", "href=\"/analytics\"", "href=\"/consent\"");
		assertThat(mvc.get().uri("/").with(support())).hasStatusOk().bodyText()
			.doesNotContain("href=\"/sites\"", "href=\"/analytics\"", "href=\"/consent\"");
	}

	static String unique() {
		return "site-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static RequestPostProcessor admin() {
		return user("admin").authorities(authorities("ROLE_ADMIN", "SCOPE_customers:read", "SCOPE_audit:read",
				"SCOPE_analytics:read", "SCOPE_sites:manage"));
	}

	static RequestPostProcessor analyst() {
		return user("anna").authorities(authorities("ROLE_ANALYST", "SCOPE_customers:read", "SCOPE_analytics:read"));
	}

	static RequestPostProcessor support() {
		return user("sam").authorities(authorities("ROLE_SUPPORT", "SCOPE_customers:read", "SCOPE_customers:write"));
	}

	static List<SimpleGrantedAuthority> authorities(String... names) {
		return Arrays.stream(names).map(SimpleGrantedAuthority::new).toList();
	}
}
