package io.custodian.history.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.custodian.analytics.Dimension;
import io.custodian.history.ImportFormat;
import org.springframework.stereotype.Component;

/**
 * Plausible CE's CSV export: a zip of {@code imported_*.csv} files (optionally suffixed with the export's first and
 * last day, {@code _YYYYMMDD_YYYYMMDD}) of daily aggregates per site-local day, as written by Plausible's
 * {@code Plausible.Exports}. {@code imported_visitors} gives the day's totals; the others its breakdowns.
 * visit_duration and time on page are in seconds.
 */
@Component
class PlausibleReader implements SourceReader {

	private static final Pattern NAME = Pattern.compile("(imported_[a-z_]+?)(_\\d{8}_\\d{8})?\\.csv");

	/** The tables read and the columns each must have, the day's totals first. */
	private static final Map<String, List<String>> TABLES = Map.of(
			"imported_visitors", List.of("date", "visitors", "pageviews", "bounces", "visits", "visit_duration"),
			"imported_pages", List.of("date", "page", "visitors", "pageviews"),
			"imported_entry_pages", List.of("date", "entry_page", "visitors", "entrances"),
			"imported_exit_pages", List.of("date", "exit_page", "visitors", "exits"),
			"imported_sources", List.of("date", "source", "visitors", "visits"),
			"imported_locations", List.of("date", "country", "visitors", "visits"),
			"imported_devices", List.of("date", "device", "visitors", "visits"),
			"imported_browsers", List.of("date", "browser", "visitors", "visits"),
			"imported_operating_systems", List.of("date", "operating_system", "visitors", "visits"),
			"imported_custom_events", List.of("date", "name", "visitors", "events"));

	@Override
	public ImportFormat format() {
		return ImportFormat.PLAUSIBLE;
	}

	@Override
	public List<String> check(Upload upload) {
		var files = new ArrayList<String>();
		for (var file : upload.files()) {
			var table = table(file);
			if (table != null && TABLES.containsKey(table)) {
				CsvTable.open(upload, file, TABLES.get(table)).close();
				files.add(file);
			}
		}
		if (files.stream().noneMatch(f -> "imported_visitors".equals(table(f)))) {
			throw new ImportFailure(upload.files().size() == 1 ? upload.files().getFirst() : "upload", 0, null,
					"holds no imported_visitors CSV file: not a Plausible CE export");
		}
		files.sort((a, b) -> Boolean.compare(!"imported_visitors".equals(table(a)),
				!"imported_visitors".equals(table(b))));
		return files;
	}

	@Override
	public void read(Upload upload, List<String> files, ZoneId zone, DayTally tally, Progress progress) {
		for (var file : files) {
			var table = table(file);
			try (var csv = CsvTable.open(upload, file, TABLES.get(table))) {
				progress.each(csv, row -> add(table, row, tally));
			}
		}
	}

	private static void add(String table, Row row, DayTally tally) {
		var day = row.date("date");
		long visitors = row.count("visitors");
		long pageviews = row.count("pageviews");
		switch (table) {
			case "imported_visitors" -> tally.add(day, Dimension.TOTAL, "", visitors, row.count("visits"), pageviews,
					row.count("bounces"), seconds(row, "visit_duration"), 0);
			case "imported_pages" -> tally.add(day, Dimension.PAGE, row.text("page"), visitors, row.count("visits"),
					pageviews, 0, seconds(row, row.has("total_time_on_page") ? "total_time_on_page" : "time_on_page"), 0);
			case "imported_entry_pages" -> tally.add(day, Dimension.ENTRY_PAGE, row.text("entry_page"), visitors,
					row.count("entrances"), pageviews, row.count("bounces"), seconds(row, "visit_duration"), 0);
			case "imported_exit_pages" -> tally.add(day, Dimension.EXIT_PAGE, row.text("exit_page"), visitors,
					row.count("exits"), pageviews, row.count("bounces"), seconds(row, "visit_duration"), 0);
			case "imported_custom_events" -> event(row, day, visitors, tally);
			default -> session(table, row, day, visitors, pageviews, tally);
		}
	}

	private static void session(String table, Row row, java.time.LocalDate day, long visitors, long pageviews,
			DayTally tally) {
		var dimension = switch (table) {
			case "imported_sources" -> Dimension.SOURCE;
			case "imported_locations" -> Dimension.COUNTRY;
			case "imported_devices" -> Dimension.DEVICE;
			case "imported_browsers" -> Dimension.BROWSER;
			default -> Dimension.OS;
		};
		var value = switch (dimension) {
			case SOURCE -> row.text("source") == null ? "Direct" : row.text("source");
			case COUNTRY -> Values.country(row.text("country"));
			case DEVICE -> Values.device(row.text("device"));
			case BROWSER -> row.text("browser");
			default -> row.text("operating_system");
		};
		tally.add(day, dimension, value, visitors, row.count("visits"), pageviews, row.count("bounces"),
				seconds(row, "visit_duration"), 0);
	}

	private static void event(Row row, java.time.LocalDate day, long visitors, DayTally tally) {
		var name = row.required("name");
		if (name.equals("pageview") || name.equals("engagement")) {
			return;
		}
		long events = row.count("events");
		tally.add(day, Dimension.ACTION, name, visitors, 0, 0, 0, 0, events);
		tally.add(day, Dimension.TOTAL, "", 0, 0, 0, 0, 0, events);
	}

	private static long seconds(Row row, String column) {
		return row.count(column) * 1000;
	}

	static String table(String file) {
		var m = NAME.matcher(file.toLowerCase(Locale.ROOT));
		return m.matches() ? m.group(1) : null;
	}
}
