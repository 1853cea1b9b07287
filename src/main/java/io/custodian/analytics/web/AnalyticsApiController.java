package io.custodian.analytics.web;

import java.util.List;
import java.util.UUID;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.DateRange;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analytics API. Dates are YYYY-MM-DD in the site's time zone; each {@code filter=dimension:value} parameter
 * (repeatable, all must hold) restricts every figure.
 */
@RestController
@RequestMapping("/api/v1/analytics/{siteId}")
@PreAuthorize("hasAuthority('SCOPE_analytics:read')")
@Tag(name = "Analytics", description = "Visitors, visits, pageviews, bounce rate, time on page and breakdowns")
class AnalyticsApiController {

	private final Analytics analytics;

	private final CsvExport csv;

	AnalyticsApiController(Analytics analytics, CsvExport csv) {
		this.analytics = analytics;
		this.csv = csv;
	}

	@GetMapping("/summary")
	@FilterParameter
	@Operation(summary = "Totals for a date range, optionally compared with the previous period of the same length")
	Analytics.Summary summary(@PathVariable UUID siteId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String compare,
			HttpServletRequest request) {
		return analytics.summary(siteId, range(siteId, from, to), AnalyticsQuery.filters(request),
				AnalyticsQuery.compare(compare));
	}

	@GetMapping("/timeseries")
	@FilterParameter
	@Operation(summary = "Visitors, visits, pageviews and actions per hour or day (site-local)")
	List<Analytics.Point> timeseries(@PathVariable UUID siteId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String interval,
			HttpServletRequest request) {
		var range = range(siteId, from, to);
		return analytics.timeseries(siteId, range, AnalyticsQuery.filters(request),
				AnalyticsQuery.interval(interval, range.days()));
	}

	@GetMapping("/breakdown/{dimension}")
	@FilterParameter
	@Operation(summary = "Top values of page, title, entry_page, exit_page, source, channel, campaign, browser, os, "
			+ "os_version, device, country, region, city, language, screen or action, or of an action property with "
			+ "prop:NAME (actions counts the events that carried each value)")
	List<Analytics.Row> breakdown(@PathVariable UUID siteId, @PathVariable String dimension,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String limit, HttpServletRequest request) {
		var property = AnalyticsQuery.property(dimension);
		if (property != null) {
			return analytics.propertyBreakdown(siteId, range(siteId, from, to), property,
					AnalyticsQuery.filters(request), AnalyticsQuery.limit(limit, 10));
		}
		var d = AnalyticsQuery.dimension(dimension);
		return analytics.breakdown(siteId, range(siteId, from, to), d, AnalyticsQuery.filters(request),
				AnalyticsQuery.limit(limit, 10));
	}

	@GetMapping("/properties")
	@FilterParameter
	@Operation(summary = "The names of the action properties of a date range (value), with the actions, visits and "
			+ "visitors that carried each")
	List<Analytics.Row> properties(@PathVariable UUID siteId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String limit,
			HttpServletRequest request) {
		return analytics.properties(siteId, range(siteId, from, to), AnalyticsQuery.filters(request),
				AnalyticsQuery.limit(limit, 100));
	}

	@GetMapping(value = "/export.csv")
	@FilterParameter
	@Operation(summary = "CSV of every breakdown and every action property, or of one with dimension= (prop:NAME for "
			+ "a property)")
	ResponseEntity<String> export(@PathVariable UUID siteId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String dimension,
			HttpServletRequest request) {
		var range = range(siteId, from, to);
		var filters = AnalyticsQuery.filters(request);
		if (dimension == null || dimension.isBlank()) {
			return csv.export(siteId, range, null, null, filters);
		}
		var property = AnalyticsQuery.property(dimension);
		return csv.export(siteId, range, property == null ? AnalyticsQuery.dimension(dimension) : null, property,
				filters);
	}

	@GetMapping("/live")
	@Operation(summary = "Visitors and pageviews in the last 30 minutes, with the top pages")
	Analytics.Live live(@PathVariable UUID siteId) {
		return analytics.live(siteId);
	}

	private DateRange range(UUID siteId, String from, String to) {
		var today = analytics.today(siteId);
		return DateRange.parse(from, to, today);
	}
}
