package io.custodian.analytics;

import java.util.List;

import io.custodian.system.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterTests {

	@Test
	void readsAPropertyFilterWhoseValueMayHoldColons() {
		var filter = Filter.parse("prop:url:https://a.example/x");
		assertThat(filter).isEqualTo(new Filter(Dimension.PROPERTY, "url", "https://a.example/x"));
		assertThat(filter.asParameter()).isEqualTo("prop:url:https://a.example/x");
		assertThat(Filter.parse(filter.asParameter())).isEqualTo(filter);
	}

	@Test
	void readsTheOsVersionDimension() {
		assertThat(Filter.parse("os_version:Windows 11")).isEqualTo(new Filter(Dimension.OS_VERSION, "Windows 11"));
	}

	@Test
	void refusesAPropertyFilterWithoutNameOrValue() {
		for (var text : List.of("prop:plan", "prop::pro", "prop:plan:", "prop:" + "n".repeat(101) + ":v")) {
			assertThatThrownBy(() -> Filter.parse(text)).as(text).isInstanceOf(InvalidInput.class);
		}
		assertThatThrownBy(() -> Filter.parse("property:x")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void allowsOneFilterPerPropertyAndReplacesIt() {
		var filters = Filters.parse(List.of("prop:plan:pro", "prop:seats:3", "country:DE"));
		assertThat(filters.size()).isEqualTo(3);
		assertThat(filters.hasProperty()).isTrue();
		assertThat(filters.with(Filter.property("plan", "free")).asParameters())
			.containsExactly("prop:seats:3", "country:DE", "prop:plan:free");
		assertThatThrownBy(() -> Filters.parse(List.of("prop:plan:pro", "prop:plan:free")))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void keepsPropertiesOutOfTheBreakdownDimensions() {
		assertThat(Dimension.breakdowns()).contains(Dimension.OS_VERSION).doesNotContain(Dimension.PROPERTY);
		assertThat(Dimension.fromId("prop")).isEmpty();
	}
}
