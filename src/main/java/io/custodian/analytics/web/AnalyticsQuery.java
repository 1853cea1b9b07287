package io.custodian.analytics.web;

import java.util.List;
import java.util.Locale;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;

/** Parsing of the request parameters shared by the API and the dashboard. */
final class AnalyticsQuery {

	private AnalyticsQuery() {
	}

	/**
	 * Every {@code filter} parameter as given: read from the request because binding one value to a list would split
	 * it at commas, which page titles and paths may contain.
	 */
	static Filters filters(HttpServletRequest request) {
		var values = request.getParameterValues("filter");
		return values == null ? Filters.none() : Filters.parse(List.of(values));
	}

	static boolean compare(String compare) {
		if (compare == null || compare.isBlank() || compare.equals("none")) {
			return false;
		}
		if (compare.equals("previous")) {
			return true;
		}
		throw new InvalidInput("compare", "must be previous or none");
	}

	static Interval interval(String interval, long days) {
		if (interval == null || interval.isBlank()) {
			return days <= 2 ? Interval.HOUR : Interval.DAY;
		}
		return switch (interval.toLowerCase(Locale.ROOT)) {
			case "hour" -> Interval.HOUR;
			case "day" -> Interval.DAY;
			default -> throw new InvalidInput("interval", "must be hour or day");
		};
	}

	/** The property name of a {@code prop:NAME} breakdown, null for a dimension. */
	static String property(String id) {
		var prefix = Dimension.PROPERTY.id() + ":";
		return id != null && id.startsWith(prefix) ? Filter.propertyName(id.substring(prefix.length()), "dimension")
				: null;
	}

	static Dimension dimension(String id) {
		return Dimension.fromId(id).orElseThrow(() -> new InvalidInput("dimension",
				"unknown dimension; use one of " + Dimension.breakdowns().stream().map(Dimension::id).toList()
						+ " or prop:NAME"));
	}

	static int limit(String limit, int fallback) {
		if (limit == null || limit.isBlank()) {
			return fallback;
		}
		try {
			var value = Integer.parseInt(limit);
			if (value >= 1 && value <= 1000) {
				return value;
			}
		}
		catch (NumberFormatException ignored) {
			// refused below
		}
		throw new InvalidInput("limit", "must be a whole number between 1 and 1000");
	}
}
