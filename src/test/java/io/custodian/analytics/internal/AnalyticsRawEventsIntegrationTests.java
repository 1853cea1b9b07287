package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.custodian.CustodianTest;
import io.custodian.analytics.Analytics;
import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three days of generated traffic on a Europe/Berlin site, across the switch to summer time: the raw-event queries
 * give exactly the rollups' figures for every dimension, unfiltered and with a single filter.
 */
@CustodianTest
class AnalyticsRawEventsIntegrationTests {

	static final LocalDate FIRST = GeneratedTraffic.FIRST;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate template;

	@Autowired
	RollupJob rollups;

	@Autowired
	Analytics analytics;

	@Autowired
	RawEvents raw;

	@Autowired
	Sites sites;

	Site site;

	@BeforeEach
	void generateTraffic() {
		site = GeneratedTraffic.on(mvc, json, template, sites).generate(FIRST).site;
		rollups.catchUpUntil(Instant.now().plusSeconds(1));
	}

	@Test
	void rawEventsAgreeWithTheRollupsForEveryDimensionAndSingleFilter() {
		var filters = List.of(Filters.none(), Filters.of(new Filter(Dimension.COUNTRY, "DE")),
				Filters.of(new Filter(Dimension.CHANNEL, "search")), Filters.of(new Filter(Dimension.PAGE, "/pricing")),
				Filters.of(new Filter(Dimension.ENTRY_PAGE, "/")), Filters.of(new Filter(Dimension.EXIT_PAGE, "/contact")),
				Filters.of(new Filter(Dimension.ACTION, "Signup")), Filters.of(new Filter(Dimension.LANGUAGE, "(none)")),
				Filters.of(new Filter(Dimension.TITLE, "Title of /blog/a")));
		for (var range : List.of(new DateRange(FIRST, FIRST.plusDays(2)), new DateRange(FIRST.plusDays(1),
				FIRST.plusDays(1)))) {
			for (var f : filters) {
				var what = range + " " + f.asParameters();
				var rollup = analytics.summary(site.id(), range, f, false).current();
				assertThat(raw.totals(site, range, f)).as(what).isEqualTo(rollup);
				assertThat(raw.timeseries(site, range, f, Interval.DAY)).as(what)
					.isEqualTo(analytics.timeseries(site.id(), range, f, Interval.DAY));
				assertThat(raw.timeseries(site, range, f, Interval.HOUR)).as(what)
					.isEqualTo(analytics.timeseries(site.id(), range, f, Interval.HOUR));
				var dimensions = f.isEmpty() ? Dimension.breakdowns() : List.of(f.all().getFirst().dimension());
				for (var d : dimensions) {
					assertThat(raw.breakdown(site, range, d, f, 1000)).as(what + " by " + d)
						.isEqualTo(analytics.breakdown(site.id(), range, d, f, 1000));
				}
			}
		}
		var all = analytics.summary(site.id(), new DateRange(FIRST, FIRST.plusDays(2)), Filters.none(), false);
		assertThat(all.current().visits()).as("the generated traffic is rolled up").isGreaterThan(40);
		assertThat(all.current().bounceRate()).isBetween(1.0, 99.0);
	}
}
