package io.custodian.analytics.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageTimeTests {

	static final Instant T = Instant.parse("2025-01-15T09:00:00Z");

	@Test
	void countsEachAnchorsPageTimeByTheWireFormat() {
		assertThat(PageTime.of("umami")).isEqualTo(PageTime.NEXT_EVENT);
		assertThat(PageTime.of("matomo")).isEqualTo(PageTime.NEXT_PAGEVIEW);
		assertThat(PageTime.of("plausible")).isEqualTo(PageTime.REPORTED);
		assertThat(PageTime.of(null)).isEqualTo(PageTime.REPORTED);
		assertThat(PageTime.NEXT_EVENT.endedBy(false)).isTrue();
		assertThat(PageTime.NEXT_PAGEVIEW.endedBy(false)).isFalse();
		assertThat(PageTime.NEXT_PAGEVIEW.endedBy(true)).isTrue();
		assertThat(PageTime.REPORTED.endedBy(true)).isFalse();
	}

	@Test
	void countsGapsUpToTheVisitTimeout() {
		assertThat(PageTime.gapMs(T, T.plusSeconds(40))).isEqualTo(40_000);
		assertThat(PageTime.gapMs(T, T.plus(PageTime.MAX_GAP))).isEqualTo(PageTime.MAX_GAP.toMillis());
		assertThat(PageTime.gapMs(T, T.plus(PageTime.MAX_GAP).plusMillis(1))).isZero();
		assertThat(PageTime.gapMs(T, T.minusSeconds(1))).isZero();
	}
}
