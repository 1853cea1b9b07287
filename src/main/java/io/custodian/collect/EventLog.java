package io.custodian.collect;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The collected events, read-only for other modules and without bots: in ingestion order for readers that keep up
 * incrementally, streamed by site and time for figures computed from raw events, and a site's recent activity.
 */
public interface EventLog {

	/**
	 * Up to {@code limit} events after the position ({@code ingestedAt}, {@code seq}) in ingestion order, ingested
	 * before {@code cutoff}.
	 */
	List<LoggedEvent> after(Instant ingestedAt, long seq, Instant cutoff, int limit);

	/** The events of these visitors up to and including the position ({@code ingestedAt}, {@code seq}). */
	List<LoggedEvent> ofVisitorsUpTo(Collection<String> visitorIds, Instant ingestedAt, long seq);

	/**
	 * Streams the pageview, engagement and action events of a site that occurred in [from, to) to {@code reader}, one
	 * at a time in no set order, within one read-only transaction. With a {@code carrier} (or null), the log may leave
	 * out every event of a session (keyed by session id, else visitor id, else pageview id, else the event itself)
	 * none of whose events in the range carries that value.
	 */
	void scan(UUID site, Instant from, Instant to, Carrier carrier, Consumer<ScannedEvent> reader);

	/**
	 * Per path, the deepest scroll of each session (keyed as for {@link #scan}) reported on it by the events of a site
	 * that occurred in [from, to): how many sessions reported one and the sum of their deepest scrolls.
	 */
	Map<String, ScrollDepths> scrollDepths(UUID site, Instant from, Instant to);

	/** Sessions that reported a scroll depth on a page, and the sum of each one's deepest, in percent. */
	record ScrollDepths(long sessions, long sum) {
	}

	/** The distinct visitors and the pageviews of a site since a time, and its {@code pages} most visited pages. */
	Activity activity(UUID site, Instant since, int pages);

	/** A value that a session must carry in one of its events to pass a filter. */
	record Carrier(EventField field, String value) {
	}

	/** The event a scan is at: valid only during the reader's call; texts are read when asked for. */
	interface ScannedEvent {

		long seq();

		Instant occurredAt();

		String type();

		String visitorId();

		String sessionId();

		String pageviewId();

		/** The engaged time the event reported, 0 when it reported none. */
		long engagedMs();

		boolean reportsEngagedMs();

		/** The scroll depth in percent the event reported, -1 when it reported none. */
		int scrollDepth();

		/** The action's properties as stored (a JSON object of names and scalar values), null when it has none. */
		String props();

		/** The stored text of a field, null when absent. */
		String text(EventField field);
	}

	/** Distinct visitors and pageviews of a period, and the most visited pages (most visitors first). */
	record Activity(long visitors, long pageviews, List<PageActivity> pages) {
	}

	/** One page's distinct visitors and pageviews in a period. */
	record PageActivity(String path, long visitors, long pageviews) {
	}
}
