package io.custodian.analytics.web;

import java.util.List;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;

/** A breakdown table of the dashboard: the top values of one dimension, each a link that filters by it. */
record BreakdownTable(String dimension, String label, List<Row> rows) {

	/** The dimensions with a table, in the order the dashboard shows them. */
	static final List<Dimension> DIMENSIONS = List.of(Dimension.PAGE, Dimension.ENTRY_PAGE, Dimension.EXIT_PAGE,
			Dimension.SOURCE, Dimension.CHANNEL, Dimension.CAMPAIGN, Dimension.BROWSER, Dimension.OS, Dimension.DEVICE,
			Dimension.COUNTRY, Dimension.REGION, Dimension.CITY, Dimension.LANGUAGE, Dimension.SCREEN,
			Dimension.TITLE, Dimension.ACTION);

	static BreakdownTable of(Dimension dimension, List<Analytics.Row> rows, DashboardLinks links) {
		return new BreakdownTable(dimension.id(), dimension.label(), rows.stream()
			.map(r -> new Row(r, DisplayText.label(dimension, r.value()),
					links.with(links.filters().with(new Filter(dimension, r.value())))))
			.toList());
	}

	/** One value with its figures, shown label and filter link. */
	record Row(Analytics.Row row, String label, String href) {

		public String time() {
			return DisplayText.duration(row.avgTimeOnPageMs());
		}
	}
}
