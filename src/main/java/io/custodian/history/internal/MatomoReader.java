package io.custodian.history.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.custodian.analytics.Dimension;
import io.custodian.history.ImportFormat;
import org.springframework.stereotype.Component;

/**
 * Matomo's log tables as CSV or TSV dumps with a header row ({@code mysql --batch -e "SELECT * FROM
 * matomo_log_visit WHERE idsite = 1"} and the like; any table prefix). Counted per site-local day as Matomo archives
 * them: visits and unique visitors by {@code visit_last_action_time}, a bounce a visit of at most one action, time
 * {@code visit_total_time}; pageviews are actions on page URLs (log_action type 1) by {@code server_time}; events
 * (an event category) are actions. Times in the dumps are UTC, as Matomo stores them.
 */
@Component
class MatomoReader implements SourceReader {

	private static final Map<String, List<String>> TABLES = Map.of(
			"log_action", List.of("idaction", "name", "type"),
			"log_link_visit_action", List.of("idvisit", "idvisitor", "server_time", "idaction_url"),
			"log_visit", List.of("idvisit", "idvisitor", "visit_last_action_time", "visit_total_actions",
					"visit_total_time"));

	private static final List<String> ORDER = List.of("log_action", "log_link_visit_action", "log_visit");

	private static final Map<String, String> BROWSERS = Map.of("CH", "Chrome", "FF", "Firefox", "SF", "Safari",
			"PS", "Edge", "ED", "Edge", "OP", "Opera", "IE", "Internet Explorer", "SB", "Samsung Internet", "CM",
			"Chrome Mobile", "MF", "Mobile Safari");

	private static final Map<String, String> SYSTEMS = Map.of("WIN", "Windows", "MAC", "Mac OS", "LIN", "GNU/Linux",
			"AND", "Android", "IOS", "iOS", "UBT", "Ubuntu", "CRS", "Chrome OS");

	private static final List<String> DEVICES = List.of("desktop", "mobile", "tablet", "mobile", "console", "tv");

	@Override
	public ImportFormat format() {
		return ImportFormat.MATOMO;
	}

	@Override
	public List<String> check(Upload upload) {
		return ORDER.stream().map(table -> {
			var file = upload.files().stream().filter(f -> Upload.names(f, table)).findFirst()
				.orElseThrow(() -> new ImportFailure(upload.files().size() == 1 ? upload.files().getFirst() : "upload",
						0, null, "holds no " + table + " dump (.csv or .tsv): a Matomo import needs log_visit, "
								+ "log_link_visit_action and log_action"));
			CsvTable.open(upload, file, TABLES.get(table)).close();
			return file;
		}).toList();
	}

	@Override
	public void read(Upload upload, List<String> files, ZoneId zone, DayTally tally, Progress progress) {
		var pages = new HashMap<String, String>();
		var names = new HashMap<String, String>();
		var visitPageviews = new HashMap<String, Long>();
		try (var csv = CsvTable.open(upload, files.get(0), TABLES.get("log_action"))) {
			progress.each(csv, row -> {
				var id = row.required("idaction");
				names.put(id, row.text("name"));
				if (row.count("type") == 1) {
					pages.put(id, Values.path(row.text("name")));
				}
			});
		}
		try (var csv = CsvTable.open(upload, files.get(1), TABLES.get("log_link_visit_action"))) {
			progress.each(csv, row -> action(row, zone, pages, names, visitPageviews, tally));
		}
		try (var csv = CsvTable.open(upload, files.get(2), TABLES.get("log_visit"))) {
			progress.each(csv, row -> visit(row, zone, pages, visitPageviews, tally));
		}
	}

	private static void action(Row row, ZoneId zone, Map<String, String> pages, Map<String, String> names,
			Map<String, Long> visitPageviews, DayTally tally) {
		var day = LocalDate.ofInstant(row.instant("server_time"), zone);
		var visitor = row.required("idvisitor");
		var category = row.text("idaction_event_category");
		if (category != null) {
			var action = names.getOrDefault(row.text("idaction_event_action"), names.get(category));
			tally.add(day, Dimension.ACTION, action, 0, 0, 0, 0, 0, 1);
			tally.visitor(day, Dimension.ACTION, action, visitor);
			tally.add(day, Dimension.TOTAL, "", 0, 0, 0, 0, 0, 1);
			return;
		}
		var path = pages.get(row.text("idaction_url"));
		if (path == null) {
			return;
		}
		tally.add(day, Dimension.TOTAL, "", 0, 0, 1, 0, 0, 0);
		tally.add(day, Dimension.PAGE, path, 0, 0, 1, 0, 0, 0);
		tally.visitor(day, Dimension.PAGE, path, visitor);
		visitPageviews.merge(row.required("idvisit"), 1L, Long::sum);
	}

	private static void visit(Row row, ZoneId zone, Map<String, String> pages, Map<String, Long> visitPageviews,
			DayTally tally) {
		var day = LocalDate.ofInstant(row.instant("visit_last_action_time"), zone);
		var visitor = row.required("idvisitor");
		boolean bounce = row.count("visit_total_actions") <= 1;
		long engagedMs = row.count("visit_total_time") * 1000;
		tally.visit(day, visitor, Map.of(Dimension.TOTAL, ""), 0, bounce, engagedMs);
		var values = new EnumMap<Dimension, String>(Dimension.class);
		values.put(Dimension.ENTRY_PAGE, pages.get(row.text("visit_entry_idaction_url")));
		values.put(Dimension.EXIT_PAGE, pages.get(row.text("visit_exit_idaction_url")));
		values.put(Dimension.SOURCE, "1".equals(row.text("referer_type")) || row.text("referer_name") == null
				? "Direct" : row.text("referer_name"));
		var browser = row.text("config_browser_name");
		values.put(Dimension.BROWSER, browser == null ? null : BROWSERS.getOrDefault(browser, browser));
		var os = row.text("config_os");
		values.put(Dimension.OS, os == null ? null : SYSTEMS.getOrDefault(os, os));
		values.put(Dimension.DEVICE, device(row.text("config_device_type")));
		values.put(Dimension.COUNTRY, Values.country(row.text("location_country")));
		values.put(Dimension.SCREEN, row.text("config_resolution"));
		values.replaceAll((dimension, value) -> value == null ? Dimension.NONE : value);
		tally.visit(day, visitor, values, visitPageviews.getOrDefault(row.required("idvisit"), 0L), bounce,
				engagedMs);
	}

	/** Matomo's device types: 0 desktop, 1 smartphone, 2 tablet, 3 feature phone, 4 console, 5 TV; others "other". */
	private static String device(String type) {
		if (type == null) {
			return null;
		}
		try {
			int index = Integer.parseInt(type.strip());
			return index >= 0 && index < DEVICES.size() ? DEVICES.get(index) : "other";
		}
		catch (NumberFormatException e) {
			return Values.device(type);
		}
	}
}
