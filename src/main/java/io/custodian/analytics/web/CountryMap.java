package io.custodian.analytics.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.custodian.analytics.Analytics;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;

/** Visitors per country for the dashboard's world map: every country with visitors, its English name and filter link. */
final class CountryMap {

	/** More than there are countries: the map shows all of them, the table only the first ten. */
	static final int LIMIT = 300;

	private CountryMap() {
	}

	static List<Area> areas(List<Analytics.Row> rows, Function<Filter, String> href) {
		return rows.stream()
			.filter(r -> r.value() != null && r.value().matches("[A-Z]{2}"))
			.map(r -> new Area(r.value(), name(r.value()), r.visitors(), href.apply(new Filter(Dimension.COUNTRY, r.value()))))
			.toList();
	}

	static String name(String code) {
		var name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
		return name.isBlank() ? code : name;
	}

	/** One country on the map, by its ISO 3166-1 alpha-2 code. */
	record Area(String code, String name, long visitors, String href) {
	}

}
