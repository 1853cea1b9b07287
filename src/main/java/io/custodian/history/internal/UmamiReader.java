package io.custodian.history.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.custodian.analytics.Dimension;
import io.custodian.history.ImportFormat;
import org.springframework.stereotype.Component;

/**
 * Umami's tables as CSV ({@code \copy website_event TO … CSV HEADER}, and optionally {@code session}), one website's
 * rows. Counted per site-local day as Umami counts: pageviews are events of type 1, visitors distinct sessions, visits
 * distinct visit ids (the session when there is none), a bounce a visit of one pageview, time the span from a
 * visit's first to its last pageview; events of type 2 are actions named by event_name.
 */
@Component
class UmamiReader implements SourceReader {

	private static final List<String> EVENT_COLUMNS = List.of("session_id", "created_at", "event_type", "url_path");

	@Override
	public ImportFormat format() {
		return ImportFormat.UMAMI;
	}

	@Override
	public List<String> check(Upload upload) {
		var files = new ArrayList<String>();
		upload.files().stream().filter(f -> Upload.names(f, "session")).findFirst().ifPresent(f -> {
			CsvTable.open(upload, f, List.of("session_id")).close();
			files.add(f);
		});
		var events = upload.files().stream().filter(f -> Upload.names(f, "website_event")).findFirst()
			.orElseThrow(() -> new ImportFailure(upload.files().size() == 1 ? upload.files().getFirst() : "upload", 0,
					null, "holds no website_event CSV file: not an Umami table export"));
		CsvTable.open(upload, events, EVENT_COLUMNS).close();
		files.add(events);
		return files;
	}

	@Override
	public void read(Upload upload, List<String> files, ZoneId zone, DayTally tally, Progress progress) {
		var sessions = new HashMap<String, Map<Dimension, String>>();
		var visits = new HashMap<String, Visit>();
		for (var file : files) {
			if (Upload.names(file, "session")) {
				try (var csv = CsvTable.open(upload, file, List.of("session_id"))) {
					progress.each(csv, row -> sessions.put(row.required("session_id"), attributes(row)));
				}
			}
			else {
				try (var csv = CsvTable.open(upload, file, EVENT_COLUMNS)) {
					progress.each(csv, row -> event(row, zone, tally, visits));
				}
			}
		}
		visits.values().forEach(visit -> {
			var values = new EnumMap<Dimension, String>(Dimension.class);
			values.putAll(sessions.getOrDefault(visit.session, Map.of()));
			values.put(Dimension.TOTAL, "");
			values.put(Dimension.ENTRY_PAGE, visit.entry);
			values.put(Dimension.EXIT_PAGE, visit.exit);
			values.put(Dimension.SOURCE, visit.source == null ? "Direct" : visit.source);
			tally.visit(visit.day, visit.session, values, visit.pageviews, visit.pageviews == 1,
					visit.last.toEpochMilli() - visit.first.toEpochMilli());
		});
	}

	private static void event(Row row, ZoneId zone, DayTally tally, Map<String, Visit> visits) {
		var session = row.required("session_id");
		var at = row.instant("created_at");
		var day = LocalDate.ofInstant(at, zone);
		long type = row.count("event_type");
		if (type == 2) {
			var name = row.text("event_name") == null ? "(unnamed)" : row.text("event_name");
			tally.add(day, Dimension.ACTION, name, 0, 0, 0, 0, 0, 1);
			tally.visitor(day, Dimension.ACTION, name, session);
			tally.add(day, Dimension.TOTAL, "", 0, 0, 0, 0, 0, 1);
			return;
		}
		if (type != 1) {
			return;
		}
		var path = Values.path(row.required("url_path"));
		tally.add(day, Dimension.PAGE, path, 0, 0, 1, 0, 0, 0);
		tally.visitor(day, Dimension.PAGE, path, session);
		var visitId = row.text("visit_id") == null ? session : row.text("visit_id");
		visits.computeIfAbsent(day + "/" + visitId, k -> new Visit(day, session, at)).add(at, path,
				row.text("referrer_domain"));
	}

	private static Map<Dimension, String> attributes(Row row) {
		var values = new EnumMap<Dimension, String>(Dimension.class);
		values.put(Dimension.BROWSER, browser(row.text("browser")));
		values.put(Dimension.OS, row.text("os"));
		values.put(Dimension.DEVICE, Values.device(row.text("device")));
		values.put(Dimension.COUNTRY, Values.country(row.text("country")));
		values.put(Dimension.LANGUAGE, row.text("language"));
		values.put(Dimension.SCREEN, row.text("screen"));
		values.values().removeIf(java.util.Objects::isNull);
		return values;
	}

	/** Umami stores browsers as detect-browser names such as "chrome" or "edge-chromium". */
	private static String browser(String name) {
		if (name == null) {
			return null;
		}
		return switch (name) {
			case "chrome", "crios" -> "Chrome";
			case "firefox", "fxios" -> "Firefox";
			case "safari", "ios" -> "Safari";
			case "edge", "edge-chromium", "edge-ios" -> "Edge";
			case "opera" -> "Opera";
			case "samsung" -> "Samsung Internet";
			default -> name;
		};
	}

	/** One visit's pageviews so far: the first and last, where it entered, left and came from. */
	private static final class Visit {

		final LocalDate day;

		final String session;

		Instant first;

		Instant last;

		String entry;

		String exit;

		String source;

		long pageviews;

		Visit(LocalDate day, String session, Instant at) {
			this.day = day;
			this.session = session;
			this.first = at;
			this.last = at;
		}

		void add(Instant at, String path, String referrer) {
			pageviews++;
			if (entry == null || !at.isAfter(first)) {
				first = at;
				entry = path;
				source = referrer;
			}
			if (exit == null || !at.isBefore(last)) {
				last = at;
				exit = path;
			}
		}
	}
}
