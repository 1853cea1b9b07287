package io.custodian.analytics.web;

import java.util.List;

import io.custodian.analytics.Analytics;

/** A key figure card: the value, its change from the previous period, and whether a rise is good news. */
record Kpi(String id, String label, String value, Double change, boolean upIsGood) {

	/** The six cards of a summary, in the order the dashboard shows them. */
	static List<Kpi> of(Analytics.Summary s) {
		var c = s.current();
		var p = s.change();
		return List.of(new Kpi("visitors", "Visitors", String.valueOf(c.visitors()), p == null ? null : p.visitors(), true),
				new Kpi("visits", "Visits", String.valueOf(c.visits()), p == null ? null : p.visits(), true),
				new Kpi("pageviews", "Pageviews", String.valueOf(c.pageviews()), p == null ? null : p.pageviews(), true),
				new Kpi("bounce-rate", "Bounce rate", c.bounceRate() == null ? "–" : c.bounceRate() + " %",
						p == null ? null : p.bounceRate(), false),
				new Kpi("time-on-page", "Avg. time on page", DisplayText.duration(c.avgTimeOnPageMs()),
						p == null ? null : p.avgTimeOnPageMs(), true),
				new Kpi("actions", "Actions", String.valueOf(c.actions()), p == null ? null : p.actions(), true));
	}

	public String changeText() {
		if (change == null) {
			return null;
		}
		return (change > 0 ? "+" : "") + change + " %";
	}

	public String changeClass() {
		if (change == null || change == 0) {
			return "flat";
		}
		return (change > 0) == upIsGood ? "good" : "bad";
	}
}
