package io.custodian.analytics.web;

import java.util.UUID;

import io.custodian.analytics.Analytics;
import io.custodian.site.Sites;
import io.custodian.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The details page of a dashboard panel: every value of one dimension, sortable, searchable, exportable as CSV. */
@Controller
@RequestMapping("/analytics/{siteId}/details")
@PreAuthorize("hasAuthority('SCOPE_analytics:read')")
class DashboardDetailsController {

	private final Analytics analytics;

	private final Sites sites;

	DashboardDetailsController(Analytics analytics, Sites sites) {
		this.analytics = analytics;
		this.sites = sites;
	}

	@GetMapping("/{dimension}")
	String details(@PathVariable UUID siteId, @PathVariable String dimension,
			@RequestParam(required = false) String range, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String compare,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
		var site = sites.find(siteId).orElseThrow(() -> Problems.notFound("Site " + siteId));
		var period = DashboardPeriod.of(range, from, to, analytics.today(siteId));
		var comparing = compare == null || AnalyticsQuery.compare(compare);
		var links = new DashboardLinks(siteId, period, comparing, AnalyticsQuery.filters(request));
		var table = table(dimension, links);
		model.addAttribute("site", site);
		model.addAttribute("details", DashboardDetails.of(table, sort, dir, q));
		model.addAttribute("from", period.dates().from());
		model.addAttribute("to", period.dates().to());
		model.addAttribute("filters", links.filters());
		model.addAttribute("preset", period.preset());
		model.addAttribute("compare", comparing);
		model.addAttribute("chips", links.filters().all().stream().map(f -> FilterChip.of(f, links)).toList());
		model.addAttribute("back", links.with(links.filters()));
		return "analytics/details";
	}

	/** Every value of a dimension, or of an action property when dimension is prop:NAME. */
	private BreakdownTable table(String dimension, DashboardLinks links) {
		var dates = links.period().dates();
		var property = AnalyticsQuery.property(dimension);
		if (property != null) {
			return BreakdownTable.ofProperty(property, analytics.propertyBreakdown(links.siteId(), dates, property,
					links.filters(), DashboardDetails.LIMIT), links);
		}
		var shown = AnalyticsQuery.dimension(dimension);
		return BreakdownTable.of(shown, analytics.breakdown(links.siteId(), dates, shown, links.filters(),
				DashboardDetails.LIMIT), links);
	}
}
