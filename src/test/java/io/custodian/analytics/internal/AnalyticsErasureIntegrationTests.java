package io.custodian.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.custodian.CustodianTest;
import io.custodian.analytics.Analytics;
import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasing visitors through the personal-data stores, as the request desk does, leaves every figure (summary, chart,
 * every breakdown, unfiltered, filtered and segments archived before) equal to a recount of the remaining events.
 */
@CustodianTest
class AnalyticsErasureIntegrationTests {

	static final LocalDate FIRST = GeneratedTraffic.FIRST;

	static final DateRange ALL_DAYS = new DateRange(FIRST, FIRST.plusDays(2));

	static final Filters SEGMENT = Filters.of(new Filter(Dimension.COUNTRY, "DE"), new Filter(Dimension.BROWSER, "Chrome"));

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

	@Autowired
	List<PersonalDataStore> stores;

	@Autowired
	TransactionTemplate transactions;

	Site site;

	@BeforeEach
	void generateTraffic() {
		site = GeneratedTraffic.on(mvc, json, template, sites).generate(FIRST).site;
		rollups.catchUpUntil(Instant.now().plusSeconds(1));
	}

	@Test
	void everyFigureAgreesWithARecountOfTheRemainingEventsAfterAnErasure() {
		for (var d : Dimension.breakdowns()) {
			analytics.breakdown(site.id(), ALL_DAYS, d, SEGMENT, 1000);
		}
		var before = analytics.summary(site.id(), ALL_DAYS, Filters.none(), false).current();
		var erased = Set.of("v1", "v2", "h7", "v-only");
		assertThat(events(erased)).isGreaterThan(4);

		eraseThroughEveryStore(erased);

		assertThat(events(erased)).isZero();
		var after = analytics.summary(site.id(), ALL_DAYS, Filters.none(), false).current();
		assertThat(after.visitors()).as("unique visitors over the three days").isLessThan(before.visitors());
		assertThat(after.pageviews()).isLessThan(before.pageviews());
		expectRollupsEqualRawEvents();
		expectSegmentEqualsRawEvents();
	}

	@Test
	void aFilteredSummaryAndTheFilteredPageBreakdownCountTheSamePageviewsAfterAnErasure() {
		var country = Filters.of(new Filter(Dimension.COUNTRY, "DE"));
		eraseThroughEveryStore(Set.of("v3", "v5"));
		var summary = analytics.summary(site.id(), ALL_DAYS, country, false).current();
		var pages = analytics.breakdown(site.id(), ALL_DAYS, Dimension.PAGE, country, 1000);
		assertThat(pages.stream().mapToLong(Analytics.Row::pageviews).sum()).isEqualTo(summary.pageviews());
		assertThat(summary).isEqualTo(raw.totals(site, ALL_DAYS, country));
	}

	@Test
	void eventsOfTheErasedVisitorNotYetCountedAreNotSubtracted() {
		var gen = GeneratedTraffic.on(mvc, json, template, sites);
		var late = gen.row(FIRST.atStartOfDay(site.timeZone()).toInstant().plusSeconds(40_000), "pageview", "v4",
				"v4-late", "v4-late-p", "/", "direct", "DE", "Chrome", "de", null, null, false);
		late[0] = site.id();
		gen.insert(List.<Object[]>of(late));
		eraseThroughEveryStore(Set.of("v4"));
		rollups.catchUpUntil(Instant.now().plusSeconds(1));
		expectRollupsEqualRawEvents();
	}

	private void eraseThroughEveryStore(Set<String> visitors) {
		var subject = new DataSubject(UUID.randomUUID(), visitors, Set.of());
		transactions.executeWithoutResult(status -> stores.forEach(store -> store.erase(subject)));
		// what is read afterwards is read as a later web request would: not from the figures memo of this one
		RequestContextHolder.resetRequestAttributes();
	}

	private long events(Set<String> visitors) {
		return template.queryForObject("SELECT COUNT(*) FROM events WHERE site_id = ? AND visitor_id IN ("
				+ String.join(",", visitors.stream().map(v -> "'" + v + "'").toList()) + ")", Long.class, site.id());
	}

	private void expectSegmentEqualsRawEvents() {
		assertThat(analytics.summary(site.id(), ALL_DAYS, SEGMENT, false).current())
			.isEqualTo(raw.totals(site, ALL_DAYS, SEGMENT));
		for (var d : Dimension.breakdowns()) {
			assertThat(analytics.breakdown(site.id(), ALL_DAYS, d, SEGMENT, 1000)).as("segment by " + d)
				.isEqualTo(raw.breakdown(site, ALL_DAYS, d, SEGMENT, 1000));
		}
	}

	private void expectRollupsEqualRawEvents() {
		var filters = List.of(Filters.none(), Filters.of(new Filter(Dimension.COUNTRY, "DE")),
				Filters.of(new Filter(Dimension.CHANNEL, "search")), Filters.of(new Filter(Dimension.PAGE, "/pricing")),
				Filters.of(new Filter(Dimension.ENTRY_PAGE, "/")), Filters.of(new Filter(Dimension.EXIT_PAGE, "/contact")),
				Filters.of(new Filter(Dimension.ACTION, "Signup")), Filters.of(new Filter(Dimension.BROWSER, "Chrome")));
		for (var range : List.of(ALL_DAYS, new DateRange(FIRST.plusDays(1), FIRST.plusDays(1)))) {
			for (var f : filters) {
				var what = range + " " + f.asParameters();
				assertThat(analytics.summary(site.id(), range, f, false).current()).as(what)
					.isEqualTo(raw.totals(site, range, f));
				assertThat(analytics.timeseries(site.id(), range, f, Interval.DAY)).as(what)
					.isEqualTo(raw.timeseries(site, range, f, Interval.DAY));
				assertThat(analytics.timeseries(site.id(), range, f, Interval.HOUR)).as(what)
					.isEqualTo(raw.timeseries(site, range, f, Interval.HOUR));
				for (var d : Dimension.breakdowns()) {
					assertThat(analytics.breakdown(site.id(), range, d, f, 1000)).as(what + " by " + d)
						.isEqualTo(raw.breakdown(site, range, d, f, 1000));
				}
			}
		}
	}
}
