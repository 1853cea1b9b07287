package io.custodian.analytics.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.custodian.analytics.Dimension;

/**
 * A session rebuilt from raw events like {@link RollupJob} keys it: its values are those of its first pageview
 * (else of its first event), its exit page is the path of its last pageview. A pageview's time is the engaged time
 * reported for it, else ({@link PageTime}) the gap to the session's next pageview or action.
 */
final class RawSession {

	private static final List<Dimension> SESSION = SessionState.DIMENSIONS;

	private static final Comparator<RawHit> IN_TIME = Comparator.comparing(RawHit::at).thenComparingLong(RawHit::seq);

	final List<RawHit> hits = new ArrayList<>();

	private final Set<String> properties = new HashSet<>();

	private String[] entry;

	private Instant entryAt;

	private long entrySeq;

	private boolean entryIsPageview;

	private RawHit firstPageview;

	private RawHit lastPageview;

	private int pageviews;

	private int actions;

	private boolean reportsEngagement;

	private Map<RawHit, Long> derivedMs;

	/** Whether an event at {@code at} would give the session its values: the first pageview, else the first event. */
	boolean takesEntry(Instant at, long seq, boolean pageview) {
		boolean earlier = entry == null || at.isBefore(entryAt) || at.equals(entryAt) && seq < entrySeq;
		return pageview ? !entryIsPageview || earlier : !entryIsPageview && earlier;
	}

	/** The session's values (indexed like {@link SessionState#DIMENSIONS}) from an event it takes them from. */
	void entry(Instant at, long seq, boolean pageview, String[] values) {
		entry = values;
		entryAt = at;
		entrySeq = seq;
		entryIsPageview = pageview;
	}

	/** Marks that one of the session's events was an engagement event. */
	void reportsEngagement() {
		reportsEngagement = true;
	}

	void add(RawHit hit) {
		hits.add(hit);
		switch (hit.kind()) {
			case PAGEVIEW -> {
				pageviews++;
				if (firstPageview == null || hit.isBefore(firstPageview.at(), firstPageview.seq())) {
					firstPageview = hit;
				}
				if (lastPageview == null || !hit.isBefore(lastPageview.at(), lastPageview.seq())) {
					lastPageview = hit;
				}
			}
			case ACTION -> {
				actions++;
				hit.props().forEach((name, value) -> properties.add(property(name, value)));
			}
			default -> {
			}
		}
	}

	String value(Dimension d, RawHit hit) {
		return switch (d) {
			case PAGE -> hit.path();
			case TITLE -> hit.title();
			case ACTION -> hit.action();
			case EXIT_PAGE -> lastPageview == null ? Dimension.NONE : lastPageview.path();
			default -> entry[SESSION.indexOf(d)];
		};
	}

	/** Whether one of the session's actions carried the property's value. */
	boolean carries(String property, String value) {
		return properties.contains(property(property, value));
	}

	boolean isFirstPageview(RawHit hit) {
		return hit == firstPageview;
	}

	/** Single pageview, no action and less than {@link RollupJob#BOUNCE_ENGAGED_MS} engaged in all. */
	boolean bounced(Map<String, Long> pageviewMs) {
		if (pageviews != 1 || actions != 0) {
			return false;
		}
		long engaged = 0;
		for (var hit : hits) {
			engaged += engagedMs(hit, pageviewMs);
		}
		return engaged < RollupJob.BOUNCE_ENGAGED_MS;
	}

	/**
	 * A pageview's time is the largest engaged time reported for it, else the gap to the next pageview or action;
	 * engaged time reported without a pageview counts on its own hit.
	 */
	long engagedMs(RawHit hit, Map<String, Long> pageviewMs) {
		return switch (hit.kind()) {
			case PAGEVIEW -> {
				var reported = hit.pageview() == null ? null : pageviewMs.get(hit.pageview());
				yield reported != null ? reported : derivedMs(pageviewMs).getOrDefault(hit, 0L);
			}
			case ENGAGEMENT -> hit.engagedMs();
			default -> 0;
		};
	}

	private Map<RawHit, Long> derivedMs(Map<String, Long> pageviewMs) {
		if (derivedMs == null) {
			derivedMs = new IdentityHashMap<>();
			var ordered = hits.stream().filter(RawHit::endsPageTime).sorted(IN_TIME).toList();
			for (int i = 0; i + 1 < ordered.size(); i++) {
				var hit = ordered.get(i);
				if (hit.kind() == RawHit.Kind.PAGEVIEW
						&& PageTime.derives(hit.pageview() != null, hit.pageview() != null
								&& pageviewMs.containsKey(hit.pageview()), reportsEngagement)) {
					derivedMs.put(hit, PageTime.gapMs(hit.at(), ordered.get(i + 1).at()));
				}
			}
		}
		return derivedMs;
	}

	private static String property(String name, String value) {
		return name + '\u0000' + value;
	}
}
