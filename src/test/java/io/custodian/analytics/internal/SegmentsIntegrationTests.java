package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.custodian.CustodianTest;
import io.custodian.analytics.Analytics;
import io.custodian.analytics.Analytics.Interval;
import io.custodian.analytics.DateRange;
import io.custodian.analytics.Dimension;
import io.custodian.analytics.Filter;
import io.custodian.analytics.Filters;
import io.custodian.site.NewSite;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters the rollups cannot answer are answered per segment: settled days are archived on first use and read back
 * with exactly the raw events' figures; a late event drops the archive; open days are never archived; unused
 * segments are deleted.
 */
@CustodianTest
class SegmentsIntegrationTests {

	static final LocalDate FIRST = GeneratedTraffic.FIRST;

	static final DateRange THREE_DAYS = new DateRange(FIRST, FIRST.plusDays(2));

	static final Filters GERMAN_CHROME = Filters.of(new Filter(Dimension.COUNTRY, "DE"),
			new Filter(Dimension.BROWSER, "Chrome"));

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
	SegmentJob job;

	GeneratedTraffic traffic;

	Site site;

	/** Without the request the test context opens, so that each call computes (figures are kept per request). */
	@BeforeEach
	void generateTraffic() {
		RequestContextHolder.resetRequestAttributes();
		traffic = GeneratedTraffic.on(mvc, json, template, sites).generate(FIRST);
		site = traffic.site;
		rollups.catchUpUntil(Instant.now().plusSeconds(1));
	}

	@Test
	void archivedSegmentsGiveTheRawEventsFigures() {
		var segments = List.of(GERMAN_CHROME,
				Filters.of(new Filter(Dimension.CHANNEL, "search"), new Filter(Dimension.PAGE, "/pricing")),
				Filters.of(new Filter(Dimension.LANGUAGE, "(none)"), new Filter(Dimension.EXIT_PAGE, "/contact")),
				Filters.of(new Filter(Dimension.ACTION, "Signup"), new Filter(Dimension.COUNTRY, "FR")),
				Filters.of(new Filter(Dimension.COUNTRY, "DE")));
		for (var filters : segments) {
			assertThat(archivedDays(filters)).as("before first use").isEmpty();
			assertAgreesWithRawEvents(THREE_DAYS, filters);
			assertThat(archivedDays(filters)).as(filters + " archived on first use")
				.containsExactly(FIRST, FIRST.plusDays(1), FIRST.plusDays(2));
			assertAgreesWithRawEvents(THREE_DAYS, filters);
			assertAgreesWithRawEvents(new DateRange(FIRST.plusDays(1), FIRST.plusDays(1)), filters);
		}
		assertThat(analytics.summary(site.id(), THREE_DAYS, GERMAN_CHROME, false).current().pageviews())
			.as("the generated traffic has German Chrome pageviews").isPositive();
	}

	@Test
	void lateEventDropsTheArchiveAndCounts() {
		var before = analytics.summary(site.id(), THREE_DAYS, GERMAN_CHROME, false).current();
		assertThat(archivedDays(GERMAN_CHROME)).hasSize(3);
		var noon = FIRST.plusDays(1).atTime(12, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
		traffic.insert(List.<Object[]>of(traffic.row(noon, "pageview", "late", "late-s", "late-p", "/late", "direct",
				"DE", "Chrome", "de", null, null, false)));
		rollups.catchUpUntil(Instant.now().plusSeconds(1));
		assertThat(archivedDays(GERMAN_CHROME)).as("dropped from the day before the late event on").isEmpty();
		var after = analytics.summary(site.id(), THREE_DAYS, GERMAN_CHROME, false).current();
		assertThat(after.pageviews()).isEqualTo(before.pageviews() + 1);
		assertThat(after.visitors()).isEqualTo(before.visitors() + 1);
		assertThat(analytics.breakdown(site.id(), THREE_DAYS, Dimension.PAGE, GERMAN_CHROME, 100))
			.anySatisfy(row -> assertThat(row.value()).isEqualTo("/late"));
		assertAgreesWithRawEvents(THREE_DAYS, GERMAN_CHROME);
	}

	@Test
	void theLongestFiltersAreArchivedToo() {
		var longest = new Filters(Dimension.breakdowns().stream()
			.map(d -> new Filter(d, "\uD83D\uDE00é".repeat(341) + "é")).toList());
		assertThat(SegmentDefinition.of(longest).length()).isGreaterThan(90_000);
		assertThat(analytics.summary(site.id(), THREE_DAYS, longest, false).current().pageviews()).isZero();
		assertThat(archivedDays(longest)).hasSize(3);
	}

	@Test
	void aTimeZoneChangeDropsTheArchivedDays() {
		var before = analytics.summary(site.id(), THREE_DAYS, GERMAN_CHROME, false).current();
		assertThat(archivedDays(GERMAN_CHROME)).hasSize(3);
		sites.update(site.id(), new NewSite(site.name(), site.domains(), "America/New_York", null, null));
		rollups.catchUpUntil(Instant.now().plusSeconds(1));
		assertThat(archivedDays(GERMAN_CHROME)).as("days cut in the old zone").isEmpty();
		site = sites.find(site.id()).orElseThrow();
		assertAgreesWithRawEvents(THREE_DAYS, GERMAN_CHROME);
		assertThat(analytics.summary(site.id(), THREE_DAYS, GERMAN_CHROME, false).current())
			.as("the same events, cut into other days").isNotEqualTo(before);
	}

	@Test
	void openDaysAreComputedEveryTimeAndNeverArchived() {
		var zone = site.timeZone();
		var today = LocalDate.now(zone);
		var range = new DateRange(today.minusDays(1), today);
		var now = Instant.now();
		traffic.insert(List.<Object[]>of(
				traffic.row(now.minusSeconds(60), "pageview", "t1", "t1-s", "t1-p", "/today", "search", "DE", "Chrome",
						"de", null, null, false)));
		var first = analytics.summary(site.id(), range, GERMAN_CHROME, false).current();
		assertThat(first.pageviews()).isEqualTo(1);
		traffic.insert(List.<Object[]>of(
				traffic.row(now.minusSeconds(30), "pageview", "t1", "t1-s", "t1-p2", "/today", "search", "DE", "Chrome",
						"de", null, null, false)));
		assertThat(analytics.summary(site.id(), range, GERMAN_CHROME, false).current().pageviews()).isEqualTo(2);
		assertAgreesWithRawEvents(range, GERMAN_CHROME);
		var settled = Segments.lastSettledDay(zone, Instant.now());
		assertThat(archivedDays(GERMAN_CHROME)).doesNotContain(today)
			.allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(settled));
	}

	@Test
	void recentlyUsedSegmentsAreWarmedAndUnusedOnesDeleted() {
		var today = LocalDate.now(site.timeZone());
		analytics.summary(site.id(), new DateRange(today, today), GERMAN_CHROME, false);
		assertThat(archivedDays(GERMAN_CHROME)).isEmpty();
		var now = Instant.now();
		assertThat(job.run(now)).isPositive();
		assertThat(archivedDays(GERMAN_CHROME)).hasSize(SegmentJob.WARM_DAYS)
			.last().isEqualTo(Segments.lastSettledDay(site.timeZone(), now));
		job.run(now.plus(Duration.ofDays(91)));
		assertThat(template.queryForObject("SELECT COUNT(*) FROM analytics_segments WHERE site_id = ?", Long.class,
				site.id())).isZero();
		assertThat(template.queryForObject("""
				SELECT COUNT(*) FROM analytics_segment_days d
				WHERE NOT EXISTS (SELECT 1 FROM analytics_segments s WHERE s.id = d.segment_id)""", Long.class)).isZero();
	}

	void assertAgreesWithRawEvents(DateRange range, Filters filters) {
		var what = range + " " + filters.asParameters();
		assertThat(analytics.summary(site.id(), range, filters, false).current()).as(what)
			.isEqualTo(raw.totals(site, range, filters));
		for (var interval : Interval.values()) {
			assertThat(analytics.timeseries(site.id(), range, filters, interval)).as(what + " " + interval)
				.isEqualTo(raw.timeseries(site, range, filters, interval));
		}
		for (var d : Dimension.breakdowns()) {
			assertThat(analytics.breakdown(site.id(), range, d, filters, 1000)).as(what + " by " + d)
				.isEqualTo(raw.breakdown(site, range, d, filters, 1000));
		}
	}

	List<LocalDate> archivedDays(Filters filters) {
		return template.queryForList("""
				SELECT d.local_day FROM analytics_segment_days d JOIN analytics_segments s ON s.id = d.segment_id
				WHERE s.site_id = ? AND s.definition = ? ORDER BY d.local_day""", LocalDate.class, site.id(),
				SegmentDefinition.of(filters));
	}
}
