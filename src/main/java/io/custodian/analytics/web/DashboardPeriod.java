package io.custodian.analytics.web;

import java.time.LocalDate;

import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.DateRange;
import io.custodian.system.InvalidInput;

/** The dashboard's period: a preset (today, 7d, 30d or custom) and the days it covers. */
record DashboardPeriod(String preset, DateRange dates) {

	/** The named preset; without one, the last 7 days, or custom when from or to is given. */
	static DashboardPeriod of(String range, String from, String to, LocalDate today) {
		var preset = range == null || range.isBlank() ? (from == null && to == null ? "7d" : "custom") : range;
		var dates = switch (preset) {
			case "today" -> new DateRange(today, today);
			case "7d" -> new DateRange(today.minusDays(6), today);
			case "30d" -> new DateRange(today.minusDays(29), today);
			case "custom" -> DateRange.parse(from, to, today);
			default -> throw new InvalidInput("range", "must be today, 7d, 30d or custom");
		};
		return new DashboardPeriod(preset, dates);
	}

	/** Hours for periods of up to two days, days otherwise. */
	Interval interval() {
		return dates.days() <= 2 ? Interval.HOUR : Interval.DAY;
	}
}
