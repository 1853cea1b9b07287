package io.custodian.analytics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Breakdowns as CSV, following the filters; cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
@Component
class CsvExport {

	static final int ROWS_PER_DIMENSION = 1000;

	private final Analytics analytics;

	CsvExport(Analytics analytics) {
		this.analytics = analytics;
	}

	ResponseEntity<String> export(UUID siteId, DateRange range, Dimension only, Filters filters) {
		return export(siteId, range, only, null, filters);
	}

	/**
	 * Every dimension and every action property when {@code only} and {@code property} are null, else the one asked
	 * for; properties are rows of dimension {@code prop:NAME}.
	 */
	ResponseEntity<String> export(UUID siteId, DateRange range, Dimension only, String property, Filters filters) {
		var dimensions = only != null ? List.of(only) : property != null ? List.<Dimension>of() : Dimension.breakdowns();
		var out = new StringWriter();
		try (var printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out)) {
			printer.printRecord("dimension", "value", "visitors", "visits", "pageviews", "bounce_rate",
					"avg_time_on_page_ms", "actions", "scroll_depth");
			for (var dimension : dimensions) {
				print(printer, dimension.id(), analytics.breakdown(siteId, range, dimension, filters, ROWS_PER_DIMENSION));
			}
			var properties = property != null ? List.of(property) : only != null ? List.<String>of()
					: analytics.properties(siteId, range, filters, ROWS_PER_DIMENSION).stream().map(Analytics.Row::value)
						.toList();
			for (var name : properties) {
				print(printer, "prop:" + name,
						analytics.propertyBreakdown(siteId, range, name, filters, ROWS_PER_DIMENSION));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var name = "analytics-" + siteId + "-" + range.from() + "-" + range.to()
				+ (only == null ? "" : "-" + only.id()) + (property == null ? "" : "-prop") + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toString());
	}

	private static void print(CSVPrinter printer, String dimension, List<Analytics.Row> rows) throws IOException {
		for (var row : rows) {
			printer.printRecord(safe(dimension), safe(row.value()), row.visitors(), row.visits(), row.pageviews(),
					blankIfNull(row.bounceRate()), blankIfNull(row.avgTimeOnPageMs()), row.actions(),
					blankIfNull(row.scrollDepth()));
		}
	}

	private static Object blankIfNull(Object value) {
		return value == null ? "" : value;
	}

	/** OWASP CSV injection guard: a leading = + - @ (or tab, carriage return) makes the cell text. */
	static String safe(String cell) {
		if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}
}
