package io.custodian.analytics.internal;

import java.time.LocalDate;
import java.util.List;

import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.analytics.internal.SegmentArchive.Days;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentDefinitionTests {

	@Test
	void equalFiltersInAnyOrderHaveOneDefinition() {
		var a = Filters.of(new Filter(Dimension.COUNTRY, "DE"), new Filter(Dimension.PAGE, "/a&b=c:d\n%"));
		var b = Filters.of(new Filter(Dimension.PAGE, "/a&b=c:d\n%"), new Filter(Dimension.COUNTRY, "DE"));
		assertThat(SegmentDefinition.of(a)).isEqualTo(SegmentDefinition.of(b));
		assertThat(SegmentDefinition.hash(SegmentDefinition.of(a))).hasSize(64)
			.isNotEqualTo(SegmentDefinition.hash(SegmentDefinition.of(Filters.of(new Filter(Dimension.COUNTRY, "DE")))));
	}

	@Test
	void definitionGivesBackItsFilters() {
		var filters = Filters.of(new Filter(Dimension.PAGE, "/a&filter=b:c\n%"), new Filter(Dimension.COUNTRY, "DE"));
		assertThat(SegmentDefinition.filters(SegmentDefinition.of(filters)).all())
			.containsExactlyInAnyOrderElementsOf(filters.all());
	}

	@Test
	void consecutiveDaysFormRunsOfBoundedLength() {
		var d = LocalDate.parse("2026-01-30");
		var days = List.of(d, d.plusDays(1), d.plusDays(2), d.plusDays(4), d.plusDays(5), d.plusDays(9));
		assertThat(Segments.runs(days, 31)).containsExactly(new Days(d, d.plusDays(2)),
				new Days(d.plusDays(4), d.plusDays(5)), new Days(d.plusDays(9), d.plusDays(9)));
		assertThat(Segments.runs(days, 2)).containsExactly(new Days(d, d.plusDays(1)),
				new Days(d.plusDays(2), d.plusDays(2)), new Days(d.plusDays(4), d.plusDays(5)),
				new Days(d.plusDays(9), d.plusDays(9)));
		assertThat(Segments.runs(List.of(), 31)).isEmpty();
	}
}
