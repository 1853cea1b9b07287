package io.custodian.consent.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One published version of the privacy statement. */
record Statement(int version, List<String> categories, boolean asksAgain, Instant publishedAt) {

	/** The version from a stored row, whatever the case of its column names. */
	static Statement of(Map<String, Object> row) {
		var columns = new TreeMap<String, Object>(String.CASE_INSENSITIVE_ORDER);
		columns.putAll(row);
		var categories = Objects.toString(columns.get("categories"), "");
		return new Statement(((Number) columns.get("version")).intValue(),
				categories.isEmpty() ? List.of() : Arrays.asList(categories.split(",")),
				Boolean.TRUE.equals(columns.get("asks_again")), instant(columns.get("published_at")));
	}

	private static Instant instant(Object value) {
		return switch (value) {
			case OffsetDateTime odt -> odt.toInstant();
			case Timestamp ts -> ts.toInstant();
			case Instant i -> i;
			case LocalDateTime ldt -> ldt.toInstant(ZoneOffset.UTC);
			case null, default -> null;
		};
	}
}
