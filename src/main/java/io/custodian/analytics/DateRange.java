package io.custodian.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.custodian.system.InvalidInput;

/** Whole days, both included, in the site's time zone; at most three years. */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		if (from == null) {
			throw new InvalidInput("from", "is required");
		}
		if (to == null) {
			throw new InvalidInput("to", "is required");
		}
		if (from.isAfter(to)) {
			throw new InvalidInput("from", "must not be after to");
		}
		if (from.plusYears(3).isBefore(to)) {
			throw new InvalidInput("to", "the range must not exceed 3 years");
		}
	}

	/** Parses {@code YYYY-MM-DD} parameters; a missing range means the last 7 days up to {@code today}. */
	public static DateRange parse(String from, String to, LocalDate today) {
		var end = to == null || to.isBlank() ? today : date(to, "to");
		var start = from == null || from.isBlank() ? end.minusDays(6) : date(from, "from");
		return new DateRange(start, end);
	}

	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** The period of the same length just before this one. */
	public DateRange previous() {
		return new DateRange(from.minusDays(days()), from.minusDays(1));
	}

	private static LocalDate date(String text, String field) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "must be a date written YYYY-MM-DD");
		}
	}
}
