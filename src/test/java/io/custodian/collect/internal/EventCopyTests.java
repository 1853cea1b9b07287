package io.custodian.collect.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventCopyTests {

	static final UUID SITE = UUID.fromString("3f0c3c9e-52b4-4a57-9a2e-0b8f6a1f2d11");

	static EventRow row(String title, Integer engagedMs, Instant at) {
		return new EventRow(SITE, at, "pageview", "v1", null, null, true, "https://a.example/", "/", title, null,
				"Direct", "direct", null, null, null, null, null, "Chrome", "131", "Windows", "11", "desktop", "DE",
				null, null, "de-DE", "1920x1080", engagedMs, null, null, null, null, "91.0.0.0", false, null);
	}

	@Test
	void writesOneTabSeparatedLinePerRowWithNullsAndBooleansAsPostgresReadsThem() {
		var text = new CopyText(64);
		var ingestedAt = Instant.parse("2026-11-25T08:05:10Z");
		EventCopy.append(row("Home", 1500, Instant.parse("2026-11-25T08:05:09.123456789Z")), ingestedAt,
				EventCopy.timestamp(ingestedAt).getBytes(StandardCharsets.US_ASCII), text);
		var fields = text.toString().split("\t", -1);
		assertThat(fields).hasSize(EventRow.COLUMNS.size());
		assertThat(text.toString()).endsWith("\n").startsWith(SITE + "\t2026-11-25 08:05:09.123456+00\t2026-11-25 08:05:10.000000+00\tpageview\tv1\t\\N\t\\N\tt\t");
		assertThat(fields[EventRow.COLUMNS.indexOf("engaged_ms")]).isEqualTo("1500");
		assertThat(fields[EventRow.COLUMNS.indexOf("bot")]).isEqualTo("f");
		assertThat(fields[EventRow.COLUMNS.indexOf("consent_id")]).isEqualTo("\\N");
		assertThat(fields[EventRow.COLUMNS.indexOf("scroll_depth")]).isEqualTo("\\N");
		assertThat(fields[EventRow.COLUMNS.indexOf("wire")]).isEqualTo("\\N\n");
	}

	@Test
	void escapesBackslashesAndLineBreaksAndLeavesOutNul() {
		var text = new CopyText(64);
		var at = Instant.EPOCH.plusSeconds(1_800_000_000L);
		EventCopy.append(row("a\\N\tb\nc\rd\0e ü😀", null, at), at, EventCopy.timestamp(at).getBytes(StandardCharsets.US_ASCII), text);
		var fields = text.toString().split("\t", -1);
		assertThat(fields[EventRow.COLUMNS.indexOf("title")]).isEqualTo("a\\\\N\\tb\\nc\\rde ü😀");
		assertThat(fields[EventRow.COLUMNS.indexOf("engaged_ms")]).isEqualTo("\\N");
		assertThat(text.toString().chars().filter(c -> c == '\n').count()).isEqualTo(1);
	}

	@Test
	void writesTimestampsInUtcWithMicrosecondsZeroPadded() {
		assertThat(EventCopy.timestamp(Instant.parse("2026-01-02T03:04:05.000007999Z")))
			.isEqualTo("2026-01-02 03:04:05.000007+00");
		assertThat(EventCopy.timestamp(Instant.parse("1999-12-31T23:59:59Z"))).isEqualTo("1999-12-31 23:59:59.000000+00");
	}
}
