package io.custodian.collect.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A group commit the database refuses for one row is stored again request by request: only that request fails. */
@CustodianTest
@ExtendWith(OutputCaptureExtension.class)
class GroupCommitFallbackIntegrationTests {

	@Autowired
	EventWriter writer;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void dropPoisonConstraint() {
		jdbc.sql("ALTER TABLE events DROP CONSTRAINT IF EXISTS events_no_poison").update();
	}

	@Test
	void refusesOnlyTheRowTheDatabaseRefusesAndStoresTheRestOfItsBatch(CapturedOutput log) throws Exception {
		jdbc.sql("ALTER TABLE events ADD CONSTRAINT events_no_poison CHECK (title IS NULL OR title <> 'poison')")
			.update();
		var site = UUID.randomUUID();
		var plug = new ArrayList<EventRow>();
		for (int i = 0; i < 2000; i++) {
			plug.add(row(site, "/plug/" + i, null));
		}
		// the writer commits the plug alone while the next three requests queue up: they become one batch
		var plugged = writer.write(plug);
		var first = writer.write(List.of(row(site, "/first", "fine")));
		var poison = writer.write(List.of(row(site, "/poison", "poison")));
		var last = writer.write(List.of(row(site, "/last", "fine")));

		CompletableFuture.allOf(plugged, first, last).get();
		assertThatThrownBy(poison::get).isInstanceOf(ExecutionException.class)
			.cause().isInstanceOf(EventWriter.Refused.class);
		var paths = jdbc.sql("SELECT path FROM events WHERE site_id = :site AND path NOT LIKE '/plug/%'")
			.param("site", site).query(String.class).list();
		assertThat(paths).containsExactlyInAnyOrder("/first", "/last");
		var ours = log.getAll().lines().filter(line -> !line.contains("EmbeddedPostgres"))
			.collect(java.util.stream.Collectors.joining("\n"));
		assertThat(ours).as("our log, without the embedded PostgreSQL server's own log (which quotes the refused row)")
			.contains("SQLState").doesNotContain("poison").doesNotContain("\tat ");
	}

	private static EventRow row(UUID site, String path, String title) {
		return new EventRow(site, Instant.now(), "pageview", "visitor", "session", null, false,
				"https://fallback.example" + path, path, title, null, null, "direct", null, null, null, null, null,
				"Firefox", "133", "Linux", null, "desktop", null, null, null, null, null, null, null, null, null, null,
				"203.0.113.0", false, null);
	}
}
