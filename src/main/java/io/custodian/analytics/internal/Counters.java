package io.custodian.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import io.custodian.analytics.Analytics.Metrics;

/** Additive rollup counters; deltas may be negative (a bounce that turns into a longer visit). */
final class Counters {

	long pageviews;

	long visits;

	long visitors;

	long bounces;

	long engagedMs;

	long actions;

	boolean isZero() {
		return pageviews == 0 && visits == 0 && visitors == 0 && bounces == 0 && engagedMs == 0 && actions == 0;
	}

	/** Whether nothing a breakdown row shows was counted (no pageview, visit or action). */
	boolean isEmpty() {
		return pageviews == 0 && visits == 0 && actions == 0;
	}

	void add(Counters c) {
		pageviews += c.pageviews;
		visits += c.visits;
		visitors += c.visitors;
		bounces += c.bounces;
		engagedMs += c.engagedMs;
		actions += c.actions;
	}

	/** The same counts with the opposite sign, to take a contribution back out. */
	Counters negated() {
		var c = new Counters();
		c.pageviews = -pageviews;
		c.visits = -visits;
		c.visitors = -visitors;
		c.bounces = -bounces;
		c.engagedMs = -engagedMs;
		c.actions = -actions;
		return c;
	}

	Metrics metrics() {
		return MetricFormulas.metrics(visitors, visits, pageviews, bounces, engagedMs, actions);
	}

	/** The six counters from consecutive columns, pageviews first, in the order the rollup tables hold them. */
	static Counters read(ResultSet rs, int column) throws SQLException {
		var c = new Counters();
		c.pageviews = rs.getLong(column);
		c.visits = rs.getLong(column + 1);
		c.visitors = rs.getLong(column + 2);
		c.bounces = rs.getLong(column + 3);
		c.engagedMs = rs.getLong(column + 4);
		c.actions = rs.getLong(column + 5);
		return c;
	}
}
