package io.custodian.analytics.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.custodian.analytics.Dimension;

/**
 * A session rebuilt from raw events like {@link RollupJob} keys it: its values are those of its first pageview
 * (else of its first event), its exit page is the path of its last pageview.
 */
final class RawSession {

	private static final List<Dimension> SESSION = SessionState.DIMENSIONS;

	final List<RawHit> hits = new ArrayList<>();

	private String[] entry;

	private Instant entryAt;

	private long entrySeq;

	private boolean entryIsPageview;

	private RawHit firstPageview;

	private RawHit lastPageview;

	private int pageviews;

	private int actions;

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
			case ACTION -> actions++;
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

	/** A pageview's engaged time is the largest its engagement events reported; other hits carry their own. */
	static long engagedMs(RawHit hit, Map<String, Long> pageviewMs) {
		return switch (hit.kind()) {
			case PAGEVIEW -> hit.pageview() == null ? 0 : pageviewMs.getOrDefault(hit.pageview(), 0L);
			case ENGAGEMENT -> hit.engagedMs();
			default -> 0;
		};
	}
}
