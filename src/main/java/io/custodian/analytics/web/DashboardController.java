package io.custodian.analytics.web;

import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.site.Sites;
import io.custodian.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** The analytics dashboard of the console: key figures, chart, panels of breakdowns with tabs, world map, live visitors and CSV export. */
@Controller
@RequestMapping("/analytics")
@PreAuthorize("hasAuthority('SCOPE_analytics:read')")
class DashboardController {

	private final Analytics analytics;

	private final Sites sites;

	private final CsvExport csv;

	private final JsonMapper json;

	DashboardController(Analytics analytics, Sites sites, CsvExport csv, JsonMapper json) {
		this.analytics = analytics;
		this.sites = sites;
		this.csv = csv;
		this.json = json;
	}

	@GetMapping
	String index(Model model) {
		var all = sites.all();
		if (all.size() == 1) {
			return "redirect:/analytics/" + all.getFirst().id();
		}
		model.addAttribute("sites", all);
		return "analytics/index";
	}

	@GetMapping("/{siteId}")
	String dashboard(@PathVariable UUID siteId, @RequestParam(required = false) String range,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String compare, HttpServletRequest request, Model model) {
		var site = sites.find(siteId).orElseThrow(() -> Problems.notFound("Site " + siteId));
		var period = DashboardPeriod.of(range, from, to, analytics.today(siteId));
		var comparing = compare == null || AnalyticsQuery.compare(compare);
		var links = new DashboardLinks(siteId, period, comparing, AnalyticsQuery.filters(request));
		var summary = analytics.summary(siteId, period.dates(), links.filters(), comparing);
		addFigures(model, links, summary);
		model.addAttribute("site", site);
		model.addAttribute("sites", sites.all());
		model.addAttribute("preset", period.preset());
		model.addAttribute("from", period.dates().from());
		model.addAttribute("to", period.dates().to());
		model.addAttribute("compare", comparing);
		model.addAttribute("filters", links.filters());
		model.addAttribute("chips", links.filters().all().stream().map(f -> FilterChip.of(f, links)).toList());
		model.addAttribute("summary", summary);
		model.addAttribute("kpis", Kpi.of(summary));
		model.addAttribute("links", links.all());
		return "analytics/dashboard";
	}

	@GetMapping("/{siteId}/live.json")
	@ResponseBody
	Analytics.Live live(@PathVariable UUID siteId) {
		return analytics.live(siteId);
	}

	@GetMapping("/{siteId}/export.csv")
	ResponseEntity<String> export(@PathVariable UUID siteId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String dimension,
			HttpServletRequest request) {
		var property = AnalyticsQuery.property(dimension);
		var d = dimension == null || dimension.isBlank() || property != null ? null : AnalyticsQuery.dimension(dimension);
		return csv.export(siteId, DateRange.parse(from, to, analytics.today(siteId)), d, property,
				AnalyticsQuery.filters(request));
	}

	/** The chart series (with the previous period's), the panels and the world map. */
	private void addFigures(Model model, DashboardLinks links, Analytics.Summary summary) {
		var siteId = links.siteId();
		var dates = links.period().dates();
		var filters = links.filters();
		var interval = links.period().interval();
		var previous = summary.previousFrom() == null ? List.<Analytics.Point>of()
				: analytics.timeseries(siteId, new DateRange(summary.previousFrom(), summary.previousTo()), filters,
						interval);
		var series = ChartSeries.of(analytics.timeseries(siteId, dates, filters, interval), previous, interval);
		var rows = new EnumMap<Dimension, List<Analytics.Row>>(Dimension.class);
		rows.put(Dimension.COUNTRY, analytics.breakdown(siteId, dates, Dimension.COUNTRY, filters, CountryMap.LIMIT));
		var properties = analytics.properties(siteId, dates, filters, DashboardPanel.PROPERTIES).stream()
			.map(Analytics.Row::value)
			.toList();
		var panels = DashboardPanel.all(
				d -> rows.computeIfAbsent(d, x -> analytics.breakdown(siteId, dates, x, filters, DashboardPanel.ROWS)),
				properties, p -> analytics.propertyBreakdown(siteId, dates, p, filters, DashboardPanel.ROWS), links);
		var countries = CountryMap.areas(rows.get(Dimension.COUNTRY), f -> links.with(filters.with(f)));
		model.addAttribute("series", json.writeValueAsString(series));
		model.addAttribute("panels", panels);
		model.addAttribute("countries", json.writeValueAsString(countries));
	}
}
