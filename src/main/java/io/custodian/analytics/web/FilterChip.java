package io.custodian.analytics.web;

import io.custodian.analytics.Filter;

/** An active filter shown as a chip; removeHref is the same page without it. */
record FilterChip(String dimension, String label, String value, String removeHref) {

	static FilterChip of(Filter filter, DashboardLinks links) {
		var dimension = filter.dimension();
		return new FilterChip(dimension.id(), dimension.label(), DisplayText.label(dimension, filter.value()),
				links.with(links.filters().without(dimension)));
	}
}
