package io.custodian.collect;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.custodian.CustodianTest;
import io.custodian.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The event log as other modules see it: ingestion order, a visitor's counted events, scans and recent activity. */
@CustodianTest
class EventLogIntegrationTests {

	@Autowired
	EventLog log;

	@Autowired
	JdbcClient jdbc;

	final UUID site = UUID.randomUUID();

	final String v1 = "log-" + site + "-1";

	/** Long before any reader's position, so that no rollup run ever reads these events. */
	final Instant ingested = Instant.parse("2001-01-01T00:00:00Z")
		.plusMillis(ThreadLocalRandom.current().nextLong(1, 365L * 24 * 3600 * 1000));

	final Instant occurred = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);

	@BeforeEach
	void storeEvents() {
		insert("pageview", v1, "s1", "/a", "spring", null, false);
		insert("engagement", v1, "s1", "/a", null, 1500, false);
		insert("pageview", "log-" + site + "-2", "s2", "/b", null, null, false);
		insert("pageview", "log-" + site + "-bot", "s3", "/a", "spring", null, true);
	}

	@Test
	void handsOutEventsInIngestionOrderWithTheirTextsAndWithoutBots() {
		var read = log.after(ingested.minusMillis(1), 0, ingested.plusMillis(1), 10);

		assertThat(read).extracting(LoggedEvent::sessionId).containsExactly("s1", "s1", "s2");
		assertThat(read.getFirst().text(EventField.CAMPAIGN)).isEqualTo("spring");
		assertThat(read.getFirst().text(EventField.PATH)).isEqualTo("/a");
		assertThat(read.get(1).engagedMs()).isEqualTo(1500L);
		assertThat(read.get(2).engagedMs()).isNull();
		assertThat(log.after(ingested.minusMillis(1), 0, ingested.plusMillis(1), 2)).hasSize(2);
	}

	@Test
	void handsOutAVisitorsEventsUpToAPosition() {
		var first = log.after(ingested.minusMillis(1), 0, ingested.plusMillis(1), 1).getFirst();

		assertThat(log.ofVisitorsUpTo(List.of(v1, "log-" + site + "-bot"), first.ingestedAt(), first.seq()))
			.extracting(LoggedEvent::seq).containsExactly(first.seq());
		assertThat(log.ofVisitorsUpTo(List.of(v1), ingested, Long.MAX_VALUE)).hasSize(2);
	}

	@Test
	void scansASiteAndNarrowsToTheSessionsCarryingAValueWhereItCan() {
		var all = scan(null);
		var narrowed = scan(new EventLog.Carrier(EventField.CAMPAIGN, "spring"));

		assertThat(all).containsExactlyInAnyOrder("s1 pageview /a", "s1 engagement /a 1500", "s2 pageview /b");
		assertThat(narrowed).contains("s1 pageview /a", "s1 engagement /a 1500");
		if (TestDatabase.isPostgres()) {
			assertThat(narrowed).hasSize(2);
		}
	}

	@Test
	void countsRecentVisitorsPageviewsAndTopPages() {
		var activity = log.activity(site, occurred.minusSeconds(1), 1);

		assertThat(activity.visitors()).isEqualTo(2);
		assertThat(activity.pageviews()).isEqualTo(2);
		assertThat(activity.pages()).containsExactly(new EventLog.PageActivity("/a", 1, 1));
	}

	private List<String> scan(EventLog.Carrier carrier) {
		var seen = new ArrayList<String>();
		log.scan(site, occurred.minusSeconds(1), occurred.plusSeconds(1), carrier,
				e -> seen.add(e.sessionId() + " " + e.type() + " " + e.text(EventField.PATH)
						+ (e.reportsEngagedMs() ? " " + e.engagedMs() : "")));
		return seen;
	}

	private void insert(String type, String visitor, String session, String path, String campaign, Integer engagedMs,
			boolean bot) {
		jdbc.sql("""
				INSERT INTO events (seq, site_id, occurred_at, ingested_at, type, visitor_id, session_id, cookieless,
				  url, path, utm_campaign, engaged_ms, bot)
				VALUES (nextval('event_seq'), :site, :at, :ingested, :type, :visitor, :session, FALSE, :url, :path,
				  :campaign, :ms, :bot)""")
			.param("site", site)
			.param("at", OffsetDateTime.ofInstant(occurred, ZoneOffset.UTC))
			.param("ingested", OffsetDateTime.ofInstant(ingested, ZoneOffset.UTC))
			.param("type", type)
			.param("visitor", visitor)
			.param("session", session)
			.param("url", "https://log.example" + path)
			.param("path", path)
			.param("campaign", campaign, java.sql.Types.VARCHAR)
			.param("ms", engagedMs, java.sql.Types.INTEGER)
			.param("bot", bot)
			.update();
	}
}
