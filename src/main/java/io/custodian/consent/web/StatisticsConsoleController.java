package io.custodian.consent.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.custodian.consent.BannerConfig;
import io.custodian.consent.internal.ConsentAdministration;
import io.custodian.consent.internal.ConsentDesk;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** The console's opt-in statistics of a site over the last days: a chart and a table per category. */
@Controller
@PreAuthorize(ConsoleAuthorities.VIEW)
class StatisticsConsoleController {

	static final int STATISTICS_DAYS = 30;

	private final SiteTabs tabs;

	private final ConsentDesk desk;

	private final ConsentAdministration administration;

	private final JsonMapper json;

	StatisticsConsoleController(SiteTabs tabs, ConsentDesk desk, ConsentAdministration administration,
			JsonMapper json) {
		this.tabs = tabs;
		this.desk = desk;
		this.administration = administration;
		this.json = json;
	}

	@GetMapping("/consent/sites/{id}/statistics")
	@PreAuthorize("hasAuthority('SCOPE_analytics:read')")
	String statistics(@PathVariable UUID id, Model model, HttpServletResponse response) {
		if (!tabs.open(id, "statistics", model, response)) {
			return SiteTabs.MISSING;
		}
		var to = LocalDate.now(ZoneOffset.UTC);
		var from = to.minusDays(STATISTICS_DAYS - 1);
		var categories = desk.config(id).categories().stream().map(BannerConfig.Category::id)
			.filter(c -> !c.equals("necessary")).toList();
		var statistics = OptInStatistics.of(categories, administration.statistics(id, from, to), from, to);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("categories", categories);
		model.addAttribute("rows", statistics.rows());
		model.addAttribute("decisions", statistics.decisions());
		model.addAttribute("chart", json.writeValueAsString(statistics.chart()));
		return "consent/statistics";
	}
}
