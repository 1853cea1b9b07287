package io.custodian.analytics.web;

import java.util.List;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;

/**
 * A breakdown table of the dashboard: the top values of one dimension, each a link that filters by it with a bar as
 * wide as its share of the top value's visitors, and links to the full table and its CSV export.
 */
record BreakdownTable(String dimension, List<Row> rows, String detailsHref, String exportHref) {

	static BreakdownTable of(Dimension dimension, List<Analytics.Row> rows, DashboardLinks links) {
		var top = rows.stream().mapToLong(Analytics.Row::visitors).max().orElse(0);
		return new BreakdownTable(dimension.id(), rows.stream()
			.map(r -> new Row(r, DisplayText.label(dimension, r.value()),
					links.with(links.filters().with(new Filter(dimension, r.value()))),
					top == 0 ? 0 : Math.round(1000.0 * r.visitors() / top) / 10.0))
			.toList(), links.details(dimension.id()), links.export(dimension.id()));
	}

	/** The message key of the dimension's name. */
	public String labelKey() {
		return "dashboard.dimension." + dimension;
	}

	/** One value with its figures, shown label, filter link and bar width in percent. */
	record Row(Analytics.Row row, String label, String href, double share) {

		public String time() {
			return DisplayText.duration(row.avgTimeOnPageMs());
		}

		public String barStyle() {
			return "--share:" + share + "%";
		}
	}
}
