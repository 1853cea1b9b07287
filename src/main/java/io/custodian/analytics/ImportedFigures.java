package io.custodian.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Daily figures brought in from another analytics tool. {@link #replace} swaps, in the caller's transaction, what a
 * source added before for the given site-local days for the new figures, so importing the same days twice counts
 * them once; summaries, charts and breakdowns (unfiltered or one filter) add them to the collected figures.
 */
public interface ImportedFigures {

	/** Replaces the source's figures of each day given (days not given keep theirs); returns the days replaced. */
	Set<LocalDate> replace(UUID siteId, String source, Map<LocalDate, List<DayValue>> days);

	/** The days of the range that hold imported figures. */
	Set<LocalDate> importedDays(UUID siteId, LocalDate from, LocalDate to);

	/** One value of a dimension on one day ({@link Dimension#TOTAL} with value "" for the day's totals). */
	record DayValue(Dimension dimension, String value, long visitors, long visits, long pageviews, long bounces,
			long engagedMs, long actions) {
	}
}
