package io.custodian.history.internal;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowTests {

	@Test
	void readsTimestampsAsTheAnchorsDumpThem() {
		assertThat(row("2025-03-01 10:00:00+00").instant("v")).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
		assertThat(row("2025-03-01 10:00:00.123456+00").instant("v"))
			.isEqualTo(Instant.parse("2025-03-01T10:00:00.123456Z"));
		assertThat(row("2025-03-01 12:00:00+02:00").instant("v")).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
		assertThat(row("2025-03-01T10:00:00Z").instant("v")).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
		assertThat(row("2025-03-01 10:00:00").instant("v")).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
	}

	@Test
	void refusesValuesItCannotUseNamingTheColumn() {
		assertThatThrownBy(() -> row("0000-00-00 00:00:00").instant("v")).isInstanceOfSatisfying(BadValue.class,
				e -> assertThat(e.column()).isEqualTo("v"));
		assertThatThrownBy(() -> row("yesterday").instant("v")).hasMessageContaining("not a timestamp");
		assertThatThrownBy(() -> row("-3").count("v")).hasMessageContaining("negative");
		assertThatThrownBy(() -> row("3.5").count("v")).hasMessageContaining("whole number");
		assertThatThrownBy(() -> row("2025-13-01").date("v")).hasMessageContaining("not a date");
	}

	@Test
	void treatsEmptyAndNullAsAbsent() {
		assertThat(row("NULL").text("v")).isNull();
		assertThat(row("\\N").text("v")).isNull();
		assertThat(row("").count("v")).isZero();
		assertThat(row("2025-03-01").date("v")).isEqualTo(LocalDate.of(2025, 3, 1));
	}

	private static Row row(String value) {
		try (var parser = CSVFormat.DEFAULT.parse(new StringReader("\"" + value + "\""))) {
			Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			columns.put("v", 0);
			return new Row("t.csv", 2, parser.getRecords().getFirst(), columns);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
