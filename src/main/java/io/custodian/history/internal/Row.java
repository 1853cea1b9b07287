package io.custodian.history.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * One data row of a {@link CsvTable}; number counts the header as row 1. Empty values, {@code NULL} and {@code \N}
 * are absent. Readers throw {@link BadValue} naming the column for a value they cannot use.
 */
record Row(String file, long number, CSVRecord record, Map<String, Integer> columns) {

	private static final Pattern TIMESTAMP = Pattern
		.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}(?::?\\d{2})?)?");

	boolean has(String column) {
		return columns.containsKey(column);
	}

	/** The value, or null when absent. */
	String text(String column) {
		var index = columns.get(column);
		if (index == null) {
			return null;
		}
		if (index >= record.size()) {
			throw new BadValue(column, "is missing: the row has " + record.size() + " values, the header "
					+ columns.size());
		}
		var value = record.get(index);
		if (value == null || value.isEmpty() || "NULL".equals(value) || "\\N".equals(value)) {
			return null;
		}
		return value;
	}

	/** A count: a whole number of at least 0; absent counts as 0. */
	long count(String column) {
		var value = text(column);
		if (value == null) {
			return 0;
		}
		try {
			var n = Long.parseLong(value.strip());
			if (n < 0) {
				throw new BadValue(column, "is negative: " + shown(value));
			}
			return n;
		}
		catch (NumberFormatException e) {
			throw new BadValue(column, "is not a whole number: " + shown(value));
		}
	}

	LocalDate date(String column) {
		var value = required(column);
		try {
			return LocalDate.parse(value.strip().length() > 10 ? value.strip().substring(0, 10) : value.strip());
		}
		catch (DateTimeParseException e) {
			throw new BadValue(column, "is not a date (YYYY-MM-DD): " + shown(value));
		}
	}

	/** A timestamp such as 2024-05-01 10:00:00, with optional fraction and offset; none means UTC. */
	Instant instant(String column) {
		var value = required(column).strip();
		var m = TIMESTAMP.matcher(value);
		if (!m.matches()) {
			throw new BadValue(column, "is not a timestamp (YYYY-MM-DD hh:mm:ss): " + shown(value));
		}
		try {
			var local = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
			var offset = m.group(3);
			if (offset == null || offset.equals("Z")) {
				return local.toInstant(ZoneOffset.UTC);
			}
			var normal = offset.length() == 3 ? offset + ":00" : offset.length() == 5
					? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
			return OffsetDateTime.of(local, ZoneOffset.of(normal)).toInstant();
		}
		catch (java.time.DateTimeException e) {
			throw new BadValue(column, "is not a valid timestamp: " + shown(value));
		}
	}

	String required(String column) {
		var value = text(column);
		if (value == null) {
			throw new BadValue(column, "is empty");
		}
		return value;
	}

	private static String shown(String value) {
		return value.length() > 60 ? "\"" + value.substring(0, 60) + "…\"" : "\"" + value + "\"";
	}
}
