package io.custodian.collect.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteDeadlinesTests {

	static final long SECOND = 1_000_000_000L;

	final WriteDeadlines deadlines = new WriteDeadlines(Duration.ofSeconds(10));

	@Test
	void failsWritesStillPendingAfterTheTimeoutSoThatTheirRequestsAnswerBusy() {
		var committed = new CompletableFuture<Void>();
		var stuck = new CompletableFuture<Void>();
		var recent = new CompletableFuture<Void>();
		deadlines.watch(committed, 0);
		deadlines.watch(stuck, SECOND);
		deadlines.watch(recent, 5 * SECOND);
		committed.complete(null);

		assertThat(deadlines.expire(10 * SECOND)).isZero();
		assertThat(deadlines.expire(11 * SECOND)).isEqualTo(1);

		assertThat(committed).isCompleted();
		assertThatThrownBy(stuck::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
		assertThat(recent).isNotDone();
	}

	@Test
	void leavesAWriteCommittedAtTheLastMomentCommitted() {
		var write = new CompletableFuture<Void>();
		deadlines.watch(write, 0);
		write.complete(null);

		assertThat(deadlines.expire(60 * SECOND)).isZero();
		assertThat(write).isCompletedWithValue(null);
	}
}
