package io.custodian.analytics.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Dimension;

/** A panel of the dashboard: tabs over related dimensions, each the top rows of one of them, or the world map. */
record DashboardPanel(String id, List<Tab> tabs) {

	/** Rows a panel shows per tab; the details page shows them all. */
	static final int ROWS = 9;

	private static final List<Layout> LAYOUT = List.of(
			new Layout("pages", Dimension.PAGE, Dimension.ENTRY_PAGE, Dimension.EXIT_PAGE, Dimension.TITLE),
			new Layout("sources", Dimension.CHANNEL, Dimension.SOURCE, Dimension.CAMPAIGN),
			new Layout("locations", null, Dimension.COUNTRY, Dimension.REGION, Dimension.CITY, Dimension.LANGUAGE),
			new Layout("devices", Dimension.BROWSER, Dimension.OS, Dimension.DEVICE, Dimension.SCREEN),
			new Layout("goals", Dimension.ACTION));

	/** Every panel in dashboard order, its tables filled from {@code rows} (the world map's tab shows countries). */
	static List<DashboardPanel> all(Function<Dimension, List<Analytics.Row>> rows, DashboardLinks links) {
		return LAYOUT.stream()
			.map(layout -> new DashboardPanel(layout.id(), layout.dimensions().stream()
				.map(d -> d == null ? new Tab("map", null)
						: new Tab(d.id(), BreakdownTable.of(d, rows.apply(d).stream().limit(ROWS).toList(), links)))
				.toList()))
			.toList();
	}

	/** The message key of the panel's heading. */
	public String titleKey() {
		return "dashboard.panel." + id;
	}

	/** One tab: a table, or the world map when table is null. */
	record Tab(String id, BreakdownTable table) {

		public boolean map() {
			return table == null;
		}

		public String labelKey() {
			return "dashboard.tab." + id;
		}
	}

	private record Layout(String id, List<Dimension> dimensions) {

		Layout(String id, Dimension... dimensions) {
			this(id, Arrays.asList(dimensions));
		}
	}
}
