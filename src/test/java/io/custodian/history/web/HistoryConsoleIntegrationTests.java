package io.custodian.history.web;

import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.history.AnchorExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The console's import page: the form, an upload as the page's script sends it, its progress page and report. */
@CustodianTest
class HistoryConsoleIntegrationTests {

	private static final RequestPostProcessor MANAGER = user("admin").authorities(() -> "SCOPE_sites:manage");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Test
	void uploadsAnExportAndShowsItsReport() throws Exception {
		var site = site();
		var page = mvc.get().uri("/imports?site={site}", site).with(MANAGER).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getContentAsString()).contains("id=\"import-form\"").contains("Plausible CE")
			.contains("/js/history-import.js").contains("name=\"_csrf\"");

		var upload = mvc.post().uri("/imports/upload?site={site}&format=umami&file=umami.zip", site).with(MANAGER)
			.with(csrf().asHeader()).contentType("application/octet-stream")
			.content(AnchorExports.umami(AnchorExports.visits())).exchange();
		assertThat(upload).hasStatus(HttpStatus.ACCEPTED);
		var location = json.readTree(upload.getResponse().getContentAsByteArray()).get("location").asString();

		String html = "";
		for (int i = 0; i < 200; i++) {
			html = mvc.get().uri(location).with(MANAGER).exchange().getResponse().getContentAsString();
			if (!html.contains("http-equiv=\"refresh\"")) {
				break;
			}
			Thread.sleep(50);
		}
		assertThat(html).contains(">DONE<").contains("id=\"skipped-rows\"").contains("created_at")
			.contains("not a timestamp");
		assertThat(mvc.get().uri("/imports?site={site}", site).with(MANAGER).exchange().getResponse()
			.getContentAsString()).contains("umami.zip");
		var dashboard = mvc.get().uri("/analytics/{site}?from=2025-03-01&to=2025-03-04", site)
			.with(user("admin").authorities(() -> "SCOPE_analytics:read")).exchange().getResponse()
			.getContentAsString();
		assertThat(dashboard).contains("2025-03-01 (imported)").contains("2025-03-04&quot;");
		assertThat(dashboard).doesNotContain("2025-03-04 (imported)");
	}

	@Test
	void uploadWithoutCsrfTokenIsRefused() throws Exception {
		var upload = mvc.post().uri("/imports/upload?site={site}&format=umami", site()).with(MANAGER)
			.content(new byte[] { 1 }).exchange();
		assertThat(upload).hasStatus(HttpStatus.FORBIDDEN);
	}

	private String site() throws Exception {
		var result = Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"Shop","domains":["console-%s.example"],"timeZone":"Europe/Berlin"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))).exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString();
	}
}
