package io.custodian.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes exports in the anchors' own formats, with the file names and columns their sources define, from a small
 * model of visits, and knows the totals per site-local day each anchor shows for them:
 * <ul>
 * <li>Plausible CE: the zip of {@code imported_*_YYYYMMDD_YYYYMMDD.csv} files whose columns are those of
 * {@code Plausible.Exports} (ClickHouse CSVWithNames);</li>
 * <li>Umami: {@code website_event} and {@code session} as PostgreSQL {@code \copy … CSV HEADER} writes them (columns
 * of Umami's Prisma schema, timestamps with offset {@code +00});</li>
 * <li>Matomo: {@code matomo_log_action}, {@code matomo_log_link_visit_action} and {@code matomo_log_visit} as
 * {@code mysql --batch} prints them (tab-separated, {@code NULL}), with the columns of {@code core/Db/Schema/Mysql.php}
 * followed by the dimension columns Matomo's plugins add; times in UTC.</li>
 * </ul>
 * Every export also holds one row with a bad value, which the importer skips.
 */
public final class AnchorExports {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	public static final LocalDate FIRST = LocalDate.of(2025, 3, 1);

	/** What an anchor shows for a day. */
	public record Day(long visitors, long visits, long pageviews, long bounces) {
	}

	/** One visit of the model: its visitor, start (UTC), the paths it viewed a minute apart, browser and country. */
	public record Visit(String visitor, Instant start, List<String> paths, String browser, String country) {

		Instant last() {
			return start.plusSeconds(60L * (paths.size() - 1));
		}
	}

	/** Three days of visits in Berlin, one of them starting at 23:30 UTC, which is the next day there. */
	public static List<Visit> visits() {
		var visits = new ArrayList<Visit>();
		for (int d = 0; d < 3; d++) {
			var day = FIRST.plusDays(d);
			for (int k = 0; k < 5 + 2 * d; k++) {
				var visitor = "visitor-" + d + "-" + (k % (3 + d));
				var paths = new ArrayList<String>();
				for (int p = 0; p <= k % 3; p++) {
					paths.add(p == 0 ? "/" : "/page-" + p);
				}
				var start = day.atTime(9 + k, 0).atZone(ZoneId.of("UTC")).toInstant();
				visits.add(new Visit(visitor, start, paths, k % 2 == 0 ? "Chrome" : "Firefox", k % 2 == 0 ? "DE" : "FR"));
			}
		}
		visits.add(new Visit("night-owl", FIRST.minusDays(1).atTime(23, 30).atZone(ZoneId.of("UTC")).toInstant(),
				List.of("/late"), "Safari", "AT"));
		return visits;
	}

	/** The day's figures as Umami and Matomo count the model: visits by their last pageview's site-local day. */
	public static Map<LocalDate, Day> expected(List<Visit> visits) {
		var visitors = new TreeMap<LocalDate, java.util.Set<String>>();
		var counts = new TreeMap<LocalDate, long[]>();
		for (var v : visits) {
			var day = LocalDate.ofInstant(v.last(), ZONE);
			visitors.computeIfAbsent(day, x -> new HashSet<>()).add(v.visitor());
			var c = counts.computeIfAbsent(day, x -> new long[3]);
			c[0]++;
			c[1] += v.paths().size();
			c[2] += v.paths().size() == 1 ? 1 : 0;
		}
		var out = new TreeMap<LocalDate, Day>();
		counts.forEach((day, c) -> out.put(day, new Day(visitors.get(day).size(), c[0], c[1], c[2])));
		return out;
	}

	/** Plausible's daily totals: the model's, with a visit duration of a minute per pageview after the first. */
	public static byte[] plausible(Map<LocalDate, Day> days) {
		var suffix = "_" + days.keySet().iterator().next().toString().replace("-", "") + "_"
				+ ((TreeMap<LocalDate, Day>) days).lastKey().toString().replace("-", "") + ".csv";
		var files = new LinkedHashMap<String, String>();
		var visitors = new StringBuilder("date,visitors,pageviews,bounces,visits,visit_duration\n");
		var pages = new StringBuilder("date,hostname,page,visits,visitors,pageviews,total_scroll_depth,"
				+ "total_scroll_depth_visits,total_time_on_page,total_time_on_page_visits\n");
		var sources = new StringBuilder("date,source,referrer,utm_source,utm_medium,utm_campaign,utm_content,utm_term,"
				+ "pageviews,visitors,visits,visit_duration,bounces\n");
		var browsers = new StringBuilder(
				"date,browser,browser_version,visitors,visits,visit_duration,bounces,pageviews\n");
		var locations = new StringBuilder(
				"date,country,region,city,visitors,visits,visit_duration,bounces,pageviews\n");
		days.forEach((day, d) -> {
			long duration = 60 * (d.pageviews() - d.visits());
			visitors.append("%s,%d,%d,%d,%d,%d\n".formatted(day, d.visitors(), d.pageviews(), d.bounces(), d.visits(),
					duration));
			pages.append("%s,shop.example,/,%d,%d,%d,0,0,%d,%d\n".formatted(day, d.visits(), d.visitors(),
					d.pageviews(), duration, d.visits()));
			sources.append("%s,,,,,,,,%d,%d,%d,%d,%d\n".formatted(day, d.pageviews(), d.visitors(), d.visits(),
					duration, d.bounces()));
			browsers.append("%s,Chrome,120.0,%d,%d,%d,%d,%d\n".formatted(day, d.visitors(), d.visits(), duration,
					d.bounces(), d.pageviews()));
			locations.append("%s,DE,DE-BE,2950159,%d,%d,%d,%d,%d\n".formatted(day, d.visitors(), d.visits(), duration,
					d.bounces(), d.pageviews()));
		});
		sources.append("%s,Google,,,,,,,3,not-a-number,2,0,0\n".formatted(days.keySet().iterator().next()));
		files.put("imported_visitors" + suffix, visitors.toString());
		files.put("imported_pages" + suffix, pages.toString());
		files.put("imported_sources" + suffix, sources.toString());
		files.put("imported_browsers" + suffix, browsers.toString());
		files.put("imported_locations" + suffix, locations.toString());
		files.put("imported_custom_events" + suffix, "date,name,link_url,path,visitors,events\n");
		return zip(files);
	}

	public static byte[] umami(List<Visit> visits) {
		var website = UUID.nameUUIDFromBytes("website".getBytes(StandardCharsets.UTF_8));
		var events = new StringBuilder("event_id,website_id,session_id,visit_id,created_at,url_path,url_query,"
				+ "utm_source,utm_medium,utm_campaign,utm_content,utm_term,referrer_path,referrer_query,"
				+ "referrer_domain,page_title,gclid,fbclid,msclkid,ttclid,li_fat_id,twclid,event_type,event_name,tag,"
				+ "hostname,distinct_id\n");
		var sessions = new StringBuilder(
				"session_id,website_id,browser,os,device,screen,language,country,region,city,distinct_id,created_at\n");
		var seen = new HashSet<String>();
		int n = 0;
		for (var v : visits) {
			var session = uuid("session-" + v.visitor());
			var visit = uuid("visit-" + n++);
			if (seen.add(session)) {
				sessions.append("%s,%s,%s,Windows 10,desktop,1920x1080,de-DE,%s,,,,%s\n".formatted(session, website,
						v.browser().toLowerCase(), v.country(), timestamp(v.start())));
			}
			for (int p = 0; p < v.paths().size(); p++) {
				events.append("%s,%s,%s,%s,%s,%s,,,,,,,,,%s,Shop,,,,,,,1,,,shop.example,\n".formatted(uuid("e" + n + p),
						website, session, visit, timestamp(v.start().plusSeconds(60L * p)), v.paths().get(p),
						p == 0 ? "www.google.com" : ""));
			}
			events.append("%s,%s,%s,%s,%s,/,,,,,,,,,,Shop,,,,,,,2,signup,,shop.example,\n".formatted(uuid("x" + n),
					website, session, visit, timestamp(v.start())));
		}
		events.append("%s,%s,%s,%s,yesterday,/,,,,,,,,,,Shop,,,,,,,1,,,shop.example,\n".formatted(uuid("bad"), website,
				uuid("session-bad"), uuid("visit-bad")));
		return zip(Map.of("website_event.csv", events.toString(), "session.csv", sessions.toString()));
	}

	public static byte[] matomo(List<Visit> visits) {
		var actions = new StringBuilder("idaction\tname\thash\ttype\turl_prefix\n");
		var ids = new LinkedHashMap<String, Integer>();
		for (var v : visits) {
			v.paths().forEach(path -> ids.computeIfAbsent(path, p -> ids.size() + 1));
		}
		ids.forEach((path, id) -> actions.append("%d\tshop.example%s\t%d\t1\t2\n".formatted(id, path, path.hashCode())));
		actions.append("%d\tShop\t1\t4\tNULL\n".formatted(ids.size() + 1));
		var links = new StringBuilder("idlink_va\tidsite\tidvisitor\tidvisit\tidaction_url_ref\tidaction_name_ref\t"
				+ "custom_float\tpageview_position\tserver_time\tidaction_url\tidaction_name\ttime_spent_ref_action\t"
				+ "idaction_event_action\tidaction_event_category\tidaction_content_interaction\n");
		var logVisits = new StringBuilder("idvisit\tidsite\tidvisitor\tvisit_last_action_time\tconfig_id\tlocation_ip\t"
				+ "visit_first_action_time\tvisit_total_actions\tvisit_total_interactions\tvisit_total_time\t"
				+ "visit_entry_idaction_url\tvisit_exit_idaction_url\treferer_type\treferer_name\treferer_url\t"
				+ "config_browser_name\tconfig_os\tconfig_device_type\tconfig_resolution\tlocation_country\t"
				+ "location_browser_lang\n");
		int link = 0;
		for (int i = 0; i < visits.size(); i++) {
			var v = visits.get(i);
			var visitor = hex(v.visitor());
			for (int p = 0; p < v.paths().size(); p++) {
				links.append("%d\t1\t%s\t%d\t0\tNULL\tNULL\t%d\t%s\t%d\t%d\t0\tNULL\tNULL\tNULL\n".formatted(++link,
						visitor, i + 1, p + 1, mysql(v.start().plusSeconds(60L * p)), ids.get(v.paths().get(p)),
						ids.size() + 1));
			}
			logVisits.append("%d\t1\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\tWIN\t0\t1920x1080\t%s\tde-de\n"
				.formatted(i + 1, visitor, mysql(v.last()), hex("config" + i), "C0A80000", mysql(v.start()),
						v.paths().size(), v.paths().size(), 60 * (v.paths().size() - 1), ids.get(v.paths().getFirst()),
						ids.get(v.paths().getLast()), i % 2 == 0 ? 1 : 2, i % 2 == 0 ? "NULL" : "Google",
						i % 2 == 0 ? "NULL" : "https://www.google.com/", v.browser().equals("Chrome") ? "CH" : "FF",
						v.country().toLowerCase()));
		}
		links.append("%d\t1\t%s\t1\t0\tNULL\tNULL\t9\t0000-00-00 00:00:00\t1\t%d\t0\tNULL\tNULL\tNULL\n".formatted(
				++link, hex("broken"), ids.size() + 1));
		var files = new LinkedHashMap<String, String>();
		files.put("matomo_log_action.tsv", actions.toString());
		files.put("matomo_log_link_visit_action.tsv", links.toString());
		files.put("matomo_log_visit.tsv", logVisits.toString());
		return zip(files);
	}

	public static byte[] zip(Map<String, String> files) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static String uuid(String seed) {
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String hex(String seed) {
		return uuid(seed).replace("-", "").substring(0, 16).toUpperCase();
	}

	private static String timestamp(Instant at) {
		return at.toString().replace("T", " ").replace("Z", "+00");
	}

	private static String mysql(Instant at) {
		return at.toString().replace("T", " ").replace("Z", "");
	}
}
