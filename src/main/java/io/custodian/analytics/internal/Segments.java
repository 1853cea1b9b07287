package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.UUID;

import io.custodian.analytics.DateRange;
import io.custodian.analytics.Filters;
import io.custodian.analytics.internal.SegmentArchive.Days;
import io.custodian.site.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Figures under filters the one-dimensional rollups cannot answer, per segment (a site and its filters), like
 * Matomo's archived segments but for every filter asked for: settled days come from the segment's archive; a
 * settled day not archived yet is computed from raw events once and archived; days still open (today, and yesterday
 * until {@link #SETTLED} after midnight) are computed from raw events each time. Within a web request once.
 */
@Component
class Segments {

	/** How long after a site-local day ends it is archived: its sessions have ended, its events have arrived. */
	static final Duration SETTLED = Duration.ofHours(2);

	/** Days computed from one raw scan at most, so that memory stays bounded for long ranges. */
	static final int DAYS_PER_SCAN = 31;

	private static final Logger log = LoggerFactory.getLogger(Segments.class);

	private static final String MEMO = Segments.class.getName();

	private final SegmentArchive archive;

	private final RawEvents raw;

	private final SegmentCatalog catalog;

	Segments(SegmentCatalog catalog, SegmentArchive archive, RawEvents raw) {
		this.catalog = catalog;
		this.archive = archive;
		this.raw = raw;
	}

	private record Key(UUID site, DateRange range, Filters filters) {
	}

	Figures figures(Site site, DateRange range, Filters filters) {
		return RequestMemo.get(MEMO, new Key(site.id(), range, filters),
				() -> compute(site, range, filters, catalog.segment(site.id(), filters)));
	}

	/** Archives the settled days of a range of a stored segment that are not archived yet, without using it. */
	void warm(Site site, DateRange range, SegmentCatalog.Segment segment) {
		compute(site, range, segment.filters(), segment.id());
	}

	/** The last site-local day that has settled at {@code now}. */
	static LocalDate lastSettledDay(ZoneId zone, Instant now) {
		return LocalDate.ofInstant(now.minus(SETTLED), zone).minusDays(1);
	}

	private DayFigures compute(Site site, DateRange range, Filters filters, UUID segment) {
		var lastSettled = lastSettledDay(site.timeZone(), Instant.now());
		var archived = archive.archivedDays(segment, range.from(), range.to());
		var archivedRuns = runs(List.copyOf(archived), Integer.MAX_VALUE);
		var figures = new DayFigures(range,
				(dimension, into) -> archive.readValues(segment, archivedRuns, dimension, into));
		var scanStart = Instant.now();
		var missing = new ArrayList<LocalDate>();
		for (var day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
			if (!archived.contains(day)) {
				missing.add(day);
			}
		}
		for (var run : runs(missing, DAYS_PER_SCAN)) {
			long started = System.nanoTime();
			var computed = raw.byDay(site, run.first(), run.last(), filters);
			long scanned = System.nanoTime();
			var settled = computed.headMap(lastSettled, true);
			if (!settled.isEmpty()) {
				archiveQuietly(segment, scanStart, settled);
			}
			log.debug("Segment {}: {} to {} computed from raw events in {} ms, {} settled days archived in {} ms",
					segment, run.first(), run.last(), (scanned - started) / 1_000_000, settled.size(),
					(System.nanoTime() - scanned) / 1_000_000);
			computed.forEach((day, f) -> f.forEachRow((d, value, c) -> figures.add(day, d, value, c)));
		}
		archive.read(segment, archivedRuns, figures);
		return figures;
	}

	/** Archives computed days; if that fails the figures are still answered, and computed again next time. */
	private void archiveQuietly(UUID segment, Instant scanStart, NavigableMap<LocalDate, RawFigures> days) {
		try {
			archive.write(segment, scanStart, days);
		}
		catch (DataAccessException e) {
			log.warn("Could not archive {} days of analytics segment {}; they are computed again next time", days.size(),
					segment, e);
		}
	}

	/** Consecutive days of an ascending list, in runs of at most {@code longest} days. */
	static List<Days> runs(List<LocalDate> days, int longest) {
		var runs = new ArrayList<Days>();
		LocalDate first = null;
		LocalDate last = null;
		for (var day : days) {
			if (first != null && day.equals(last.plusDays(1)) && last.toEpochDay() - first.toEpochDay() + 1 < longest) {
				last = day;
				continue;
			}
			if (first != null) {
				runs.add(new Days(first, last));
			}
			first = day;
			last = day;
		}
		if (first != null) {
			runs.add(new Days(first, last));
		}
		return runs;
	}
}
