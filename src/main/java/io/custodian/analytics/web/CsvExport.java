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
		var dimensions = only == null ? Dimension.breakdowns() : List.of(only);
		var out = new StringWriter();
		try (var printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(out)) {
			printer.printRecord("dimension", "value", "visitors", "visits", "pageviews", "bounce_rate",
					"avg_time_on_page_ms", "actions");
			for (var dimension : dimensions) {
				for (var row : analytics.breakdown(siteId, range, dimension, filters, ROWS_PER_DIMENSION)) {
					printer.printRecord(dimension.id(), safe(row.value()), row.visitors(), row.visits(),
							row.pageviews(), row.bounceRate() == null ? "" : row.bounceRate(),
							row.avgTimeOnPageMs() == null ? "" : row.avgTimeOnPageMs(), row.actions());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var name = "analytics-" + siteId + "-" + range.from() + "-" + range.to()
				+ (only == null ? "" : "-" + only.id()) + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toString());
	}

	/** OWASP CSV injection guard: a leading = + - @ (or tab, carriage return) makes the cell text. */
	static String safe(String cell) {
		if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}
}
