package io.custodian.analytics.internal;

import java.util.HashSet;
import java.util.Set;

import io.custodian.analytics.Analytics.Metrics;
import io.custodian.analytics.Analytics.Row;

/** Figures summed from raw events under one value, with the visitors seen there once per site-local day. */
final class Tally {

	long pageviews;

	long visits;

	long bounces;

	long engagedMs;

	long actions;

	final Set<VisitorDay> visitors = new HashSet<>();

	/** A visitor id on a site-local day (epoch day). */
	record VisitorDay(String visitor, long day) {
	}

	boolean isEmpty() {
		return pageviews == 0 && visits == 0 && actions == 0;
	}

	Metrics metrics() {
		return MetricFormulas.metrics(visitors.size(), visits, pageviews, bounces, engagedMs, actions);
	}

	Row row(String value) {
		return MetricFormulas.row(value, metrics());
	}
}
