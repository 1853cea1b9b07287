package io.custodian.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Analytics.Metrics;

/**
 * A key figure card: the value, its change from the previous period, whether a rise is good news, and the chart
 * series it switches the chart to (null when the chart has none for it).
 */
record Kpi(String id, String value, Double change, boolean upIsGood, String metric) {

	/** The cards of a summary, in the order the dashboard shows them. */
	static List<Kpi> of(Analytics.Summary s) {
		var c = s.current();
		var p = s.change();
		var before = s.previous();
		return List.of(new Kpi("visitors", String.valueOf(c.visitors()), p == null ? null : p.visitors(), true, "visitors"),
				new Kpi("visits", String.valueOf(c.visits()), p == null ? null : p.visits(), true, "visits"),
				new Kpi("pageviews", String.valueOf(c.pageviews()), p == null ? null : p.pageviews(), true, "pageviews"),
				new Kpi("views-per-visit", text(viewsPerVisit(c)), change(c, before, Kpi::viewsPerVisit), true,
						"viewsPerVisit"),
				new Kpi("bounce-rate", c.bounceRate() == null ? "–" : c.bounceRate() + " %",
						p == null ? null : p.bounceRate(), false, null),
				new Kpi("visit-duration", DisplayText.duration(visitMs(c)), change(c, before, Kpi::visitMs), true, null),
				new Kpi("time-on-page", DisplayText.duration(c.avgTimeOnPageMs()),
						p == null ? null : p.avgTimeOnPageMs(), true, null));
	}

	/** The message key of the card's label. */
	public String labelKey() {
		return "dashboard.kpi." + id;
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

	/** Pageviews per visit, or null without visits. */
	static Double viewsPerVisit(Metrics m) {
		return m.visits() == 0 ? null : round(m.pageviews() / (double) m.visits(), 2);
	}

	/** Engaged time per visit: time on page times pageviews, over visits. */
	static Long visitMs(Metrics m) {
		return m.visits() == 0 || m.avgTimeOnPageMs() == null ? null
				: Math.round(m.avgTimeOnPageMs() * (double) m.pageviews() / m.visits());
	}

	private static <T extends Number> Double change(Metrics current, Metrics previous, Function<Metrics, T> figure) {
		if (previous == null) {
			return null;
		}
		var now = figure.apply(current);
		var before = figure.apply(previous);
		if (now == null || before == null || before.doubleValue() == 0) {
			return null;
		}
		return round(100.0 * (now.doubleValue() - before.doubleValue()) / before.doubleValue(), 1);
	}

	private static String text(Double value) {
		return value == null ? "–" : String.valueOf(value);
	}

	private static double round(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
	}
}
