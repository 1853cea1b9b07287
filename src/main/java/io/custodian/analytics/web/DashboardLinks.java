package io.custodian.analytics.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.custodian.analytics.Filters;

/** Links from a dashboard page to the same site with one setting changed, and to its export and live data. */
record DashboardLinks(UUID siteId, DashboardPeriod period, boolean compare, Filters filters) {

	/** This page under other filters. */
	String with(Filters other) {
		return href(period.preset(), compare, other);
	}

	/** The full table of one dimension under this page's period and filters. */
	String details(String dimension) {
		return href("/analytics/" + siteId + "/details/" + encode(dimension), period.preset(), compare, filters);
	}

	/** The CSV export of one dimension under this page's period and filters. */
	String export(String dimension) {
		var dates = period.dates();
		return "/analytics/" + siteId + "/export.csv?from=" + dates.from() + "&to=" + dates.to() + "&dimension="
				+ encode(dimension) + parameters(filters);
	}

	/** The links the page's controls use, by name. */
	Map<String, String> all() {
		var dates = period.dates();
		var links = new LinkedHashMap<String, String>();
		links.put("today", href("today", compare, filters));
		links.put("7d", href("7d", compare, filters));
		links.put("30d", href("30d", compare, filters));
		links.put("compare", href(period.preset(), !compare, filters));
		links.put("clearFilter", with(Filters.none()));
		links.put("export", "/analytics/" + siteId + "/export.csv?from=" + dates.from() + "&to=" + dates.to()
				+ parameters(filters));
		links.put("live", "/analytics/" + siteId + "/live.json");
		return links;
	}

	private String href(String preset, boolean comparing, Filters shown) {
		return href("/analytics/" + siteId, preset, comparing, shown);
	}

	private String href(String path, String preset, boolean comparing, Filters shown) {
		var dates = period.dates();
		var href = new StringBuilder(path).append("?range=").append(encode(preset));
		if (preset.equals("custom")) {
			href.append("&from=").append(dates.from()).append("&to=").append(dates.to());
		}
		href.append("&compare=").append(comparing ? "previous" : "none");
		return href.append(parameters(shown)).toString();
	}

	private static String parameters(Filters filters) {
		var parameters = new StringBuilder();
		for (var filter : filters.asParameters()) {
			parameters.append("&filter=").append(encode(filter));
		}
		return parameters.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
