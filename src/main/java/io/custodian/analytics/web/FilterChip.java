package io.custodian.analytics.web;

import io.custodian.analytics.Filter;

/** An active filter shown as a chip; removeHref is the same page without it. */
record FilterChip(String dimension, String value, String removeHref) {

	static FilterChip of(Filter filter, DashboardLinks links) {
		var dimension = filter.dimension();
		return new FilterChip(dimension.id(), DisplayText.label(dimension, filter.value()),
				links.with(links.filters().without(dimension)));
	}

	/** The message key of the filtered dimension's name. */
	public String labelKey() {
		return "dashboard.dimension." + dimension;
	}
}
