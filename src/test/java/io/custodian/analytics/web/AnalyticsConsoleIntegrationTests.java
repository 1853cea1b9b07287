package io.custodian.analytics.web;

import java.util.List;
import java.util.UUID;

import io.custodian.CustodianTest;
import io.custodian.site.NewSite;
import io.custodian.site.Sites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@CustodianTest
class AnalyticsConsoleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Sites sites;

	@Test
	void theDashboardRendersInsideTheConsoleLayout() {
		var site = sites.register(new NewSite("Layout shop", List.of("layout-" + UUID.randomUUID().toString()
			.substring(0, 8) + ".example"), "UTC", null, List.of()));
		var page = mvc.get().uri("/analytics/{id}", site.id())
			.with(user("admin").authorities(() -> "SCOPE_analytics:read"))
			.exchange();
		assertThat(page).hasStatusOk().bodyText()
			.contains("<aside class=\"sidebar\"", "class=\"topbar\"", "/css/console.css", "/css/analytics.css",
					"<main class=\"analytics\">", "id=\"analytics-chart\"", "id=\"live\"", "data-kpi=\"visitors\"",
					"/js/analytics.js", "chart.umd.js", "Layout shop")
			.contains("href=\"/analytics\"")
			.doesNotContain("<script>", "onclick=");
		var index = mvc.get().uri("/analytics").with(user("admin").authorities(() -> "SCOPE_analytics:read")).exchange();
		assertThat(index.getResponse().getStatus()).isIn(200, 302);
	}
}
