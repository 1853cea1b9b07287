package io.custodian.analytics.web;

import java.util.List;
import java.util.function.Function;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;

/**
 * A breakdown table of the dashboard: the top values of one dimension or action property ({@code prop:NAME}), each a
 * link that filters by it with a bar as wide as its share of the top value's visitors, the figure columns a panel
 * shows, and links to the full table and its CSV export.
 */
record BreakdownTable(String dimension, List<String> columns, List<Row> rows, String detailsHref, String exportHref) {

	private static final String PROPERTY = Dimension.PROPERTY.id() + ":";

	static BreakdownTable of(Dimension dimension, List<Analytics.Row> rows, DashboardLinks links) {
		var columns = switch (dimension) {
			case PAGE -> List.of("visitors", "scroll");
			case ACTION -> List.of("uniques", "total");
			default -> List.of("visitors");
		};
		return of(dimension.id(), columns, rows, v -> new Filter(dimension, v), v -> DisplayText.label(dimension, v),
				links);
	}

	/** The values of one action property. */
	static BreakdownTable ofProperty(String name, List<Analytics.Row> rows, DashboardLinks links) {
		return of(PROPERTY + name, List.of("uniques", "total"), rows, v -> Filter.property(name, v), v -> v, links);
	}

	private static BreakdownTable of(String id, List<String> columns, List<Analytics.Row> rows,
			Function<String, Filter> filter, Function<String, String> label, DashboardLinks links) {
		var top = rows.stream().mapToLong(Analytics.Row::visitors).max().orElse(0);
		return new BreakdownTable(id, columns, rows.stream()
			.map(r -> new Row(r, label.apply(r.value()), links.with(links.filters().with(filter.apply(r.value()))),
					top == 0 ? 0 : Math.round(1000.0 * r.visitors() / top) / 10.0))
			.toList(), links.details(id), links.export(id));
	}

	/** The same table with other rows. */
	BreakdownTable withRows(List<Row> shown) {
		return new BreakdownTable(dimension, columns, shown, detailsHref, exportHref);
	}

	/** The property's name when this is a table of an action property, else null. */
	public String propertyName() {
		return dimension.startsWith(PROPERTY) ? dimension.substring(PROPERTY.length()) : null;
	}

	/** The message key of the dimension's name (of "Property" for action properties). */
	public String labelKey() {
		return "dashboard.dimension." + (propertyName() == null ? dimension : "prop");
	}

	/** One value with its figures, shown label, filter link and bar width in percent. */
	record Row(Analytics.Row row, String label, String href, double share) {

		public String time() {
			return DisplayText.duration(row.avgTimeOnPageMs());
		}

		public String barStyle() {
			return "--share:" + share + "%";
		}

		/** The text of one figure column. */
		public String cell(String column) {
			return switch (column) {
				case "visitors", "uniques" -> String.valueOf(row.visitors());
				case "visits" -> String.valueOf(row.visits());
				case "pageviews" -> String.valueOf(row.pageviews());
				case "bounce" -> row.bounceRate() == null ? "–" : row.bounceRate() + " %";
				case "time" -> time();
				case "actions", "total" -> String.valueOf(row.actions());
				case "scroll" -> row.scrollDepth() == null ? "–" : row.scrollDepth() + " %";
				default -> throw new IllegalArgumentException(column);
			};
		}
	}
}
