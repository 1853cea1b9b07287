package io.custodian.analytics.web;

import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;

/**
 * An active filter shown as a chip: target is the dimension's id or prop:NAME, property the property's name (null for
 * dimensions), removeHref the same page without it.
 */
record FilterChip(String target, String property, String value, String removeHref) {

	static FilterChip of(Filter filter, DashboardLinks links) {
		var others = links.filters().all().stream().filter(f -> !f.sameTarget(filter)).toList();
		return new FilterChip(filter.target(), filter.property(), DisplayText.label(filter.dimension(), filter.value()),
				links.with(new Filters(others)));
	}

	/** The message key of the filtered dimension's name. */
	public String labelKey() {
		return "dashboard.dimension." + (property == null ? target : "prop");
	}
}
