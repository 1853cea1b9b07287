package io.custodian.analytics.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.collect.Sites;
import io.custodian.system.InvalidInput;
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

/** The analytics dashboard of the console: KPI cards, chart, breakdown tables, world map, live panel and CSV export. */
@Controller
@RequestMapping("/analytics")
@PreAuthorize("hasAuthority('SCOPE_analytics:read')")
class DashboardController {

	static final List<Dimension> TABLES = List.of(Dimension.PAGE, Dimension.ENTRY_PAGE, Dimension.EXIT_PAGE,
			Dimension.SOURCE, Dimension.CHANNEL, Dimension.CAMPAIGN, Dimension.BROWSER, Dimension.OS, Dimension.DEVICE,
			Dimension.COUNTRY, Dimension.REGION, Dimension.CITY, Dimension.LANGUAGE, Dimension.SCREEN,
			Dimension.TITLE, Dimension.ACTION);

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
		var today = analytics.today(siteId);
		var preset = range == null || range.isBlank() ? (from == null && to == null ? "7d" : "custom") : range;
		var dates = switch (preset) {
			case "today" -> new DateRange(today, today);
			case "7d" -> new DateRange(today.minusDays(6), today);
			case "30d" -> new DateRange(today.minusDays(29), today);
			case "custom" -> DateRange.parse(from, to, today);
			default -> throw new InvalidInput("range", "must be today, 7d, 30d or custom");
		};
		var comparing = compare == null || AnalyticsQuery.compare(compare);
		var filters = AnalyticsQuery.filters(request);
		var summary = analytics.summary(siteId, dates, filters, comparing);
		var interval = dates.days() <= 2 ? Interval.HOUR : Interval.DAY;
		var points = analytics.timeseries(siteId, dates, filters, interval);
		var labels = points.stream()
			.map(p -> interval == Interval.HOUR ? p.start().format(DateTimeFormatter.ofPattern("MM-dd HH:00"))
					: p.start().toLocalDate().toString())
			.toList();
		var series = new LinkedHashMap<String, Object>();
		series.put("labels", labels);
		series.put("visitors", points.stream().map(Analytics.Point::visitors).toList());
		series.put("pageviews", points.stream().map(Analytics.Point::pageviews).toList());

		var tables = new ArrayList<Table>();
		for (var dimension : TABLES) {
			var rows = analytics.breakdown(siteId, dates, dimension, filters, 10).stream()
				.map(r -> new TableRow(r, label(dimension, r.value()),
						href(siteId, preset, dates, comparing, filters.with(new Filter(dimension, r.value())))))
				.toList();
			tables.add(new Table(dimension.id(), dimension.label(), rows));
		}
		var countries = CountryMap.areas(
				analytics.breakdown(siteId, dates, Dimension.COUNTRY, filters, CountryMap.LIMIT),
				f -> href(siteId, preset, dates, comparing, filters.with(f)));

		model.addAttribute("site", site);
		model.addAttribute("sites", sites.all());
		model.addAttribute("preset", preset);
		model.addAttribute("from", dates.from());
		model.addAttribute("to", dates.to());
		model.addAttribute("compare", comparing);
		model.addAttribute("filters", filters);
		model.addAttribute("chips", filters.all().stream()
			.map(f -> new Chip(f.dimension().id(), f.dimension().label(), label(f.dimension(), f.value()),
					href(siteId, preset, dates, comparing, filters.without(f.dimension()))))
			.toList());
		model.addAttribute("summary", summary);
		model.addAttribute("kpis", kpis(summary));
		model.addAttribute("series", json.writeValueAsString(series));
		model.addAttribute("tables", tables);
		model.addAttribute("countries", json.writeValueAsString(countries));
		model.addAttribute("links", links(siteId, preset, dates, comparing, filters));
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
		var d = dimension == null || dimension.isBlank() ? null : AnalyticsQuery.dimension(dimension);
		return csv.export(siteId, DateRange.parse(from, to, analytics.today(siteId)), d,
				AnalyticsQuery.filters(request));
	}

	private static Map<String, String> links(UUID siteId, String preset, DateRange dates, boolean compare,
			Filters filters) {
		var links = new LinkedHashMap<String, String>();
		links.put("today", href(siteId, "today", dates, compare, filters));
		links.put("7d", href(siteId, "7d", dates, compare, filters));
		links.put("30d", href(siteId, "30d", dates, compare, filters));
		links.put("compare", href(siteId, preset, dates, !compare, filters));
		links.put("clearFilter", href(siteId, preset, dates, compare, Filters.none()));
		links.put("export", "/analytics/" + siteId + "/export.csv?from=" + dates.from() + "&to=" + dates.to()
				+ parameters(filters));
		links.put("live", "/analytics/" + siteId + "/live.json");
		return links;
	}

	static String href(UUID siteId, String preset, DateRange dates, boolean compare, Filters filters) {
		var href = new StringBuilder("/analytics/").append(siteId).append("?range=").append(encode(preset));
		if (preset.equals("custom")) {
			href.append("&from=").append(dates.from()).append("&to=").append(dates.to());
		}
		href.append("&compare=").append(compare ? "previous" : "none");
		return href.append(parameters(filters)).toString();
	}

	private static String parameters(Filters filters) {
		var parameters = new StringBuilder();
		for (var filter : filters.asParameters()) {
			parameters.append("&filter=").append(encode(filter));
		}
		return parameters.toString();
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static List<Kpi> kpis(Analytics.Summary s) {
		var c = s.current();
		var p = s.change();
		return List.of(new Kpi("visitors", "Visitors", String.valueOf(c.visitors()), p == null ? null : p.visitors(), true),
				new Kpi("visits", "Visits", String.valueOf(c.visits()), p == null ? null : p.visits(), true),
				new Kpi("pageviews", "Pageviews", String.valueOf(c.pageviews()), p == null ? null : p.pageviews(), true),
				new Kpi("bounce-rate", "Bounce rate", c.bounceRate() == null ? "–" : c.bounceRate() + " %",
						p == null ? null : p.bounceRate(), false),
				new Kpi("time-on-page", "Avg. time on page", duration(c.avgTimeOnPageMs()),
						p == null ? null : p.avgTimeOnPageMs(), true),
				new Kpi("actions", "Actions", String.valueOf(c.actions()), p == null ? null : p.actions(), true));
	}

	static String duration(Long ms) {
		if (ms == null) {
			return "–";
		}
		long seconds = Math.round(ms / 1000.0);
		return seconds >= 60 ? (seconds / 60) + " min " + (seconds % 60) + " s" : seconds + " s";
	}

	/** Country codes get their flag (regional indicator symbols); other values are shown as they are. */
	static String label(Dimension dimension, String value) {
		if (dimension == Dimension.COUNTRY && value != null && value.matches("[A-Z]{2}")) {
			var flag = new String(Character.toChars(0x1F1E6 + value.charAt(0) - 'A'))
					+ new String(Character.toChars(0x1F1E6 + value.charAt(1) - 'A'));
			var name = Locale.of("", value).getDisplayCountry(Locale.ENGLISH);
			return flag + " " + (name.isEmpty() || name.equals(value) ? value : name + " (" + value + ")");
		}
		return value;
	}

	record Kpi(String id, String label, String value, Double change, boolean upIsGood) {

		public String changeText() {
			if (change == null) {
				return null;
			}
			return (change > 0 ? "+" : "") + change + " %";
		}

		public String changeClass() {
			if (change == null || change == 0) {
				return "flat";
			}
			return (change > 0) == upIsGood ? "good" : "bad";
		}
	}

	/** An active filter shown as a chip; removeHref is the same page without it. */
	record Chip(String dimension, String label, String value, String removeHref) {
	}

	record Table(String dimension, String label, List<TableRow> rows) {
	}

	record TableRow(Analytics.Row row, String label, String href) {

		public String time() {
			return duration(row.avgTimeOnPageMs());
		}
	}

}
