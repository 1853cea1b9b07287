package io.custodian.collect.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.custodian.collect.CollectSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Group commit of events: requests enqueue their rows and wait; a writer thread inserts everything queued in one
 * batch and one transaction, then releases the waiters, so a hit is acknowledged only once it is durable. A batch the
 * database refuses (not a timeout or a lost connection) is stored again request by request, so only the requests
 * whose rows it refuses fail, with {@link Refused}; the log names their site and the SQLState, never a value. What
 * arrives during a commit is the next batch, so batches grow with the load; more writers commit side by side, in
 * smaller batches ({@link EventStorage} writes them). A full queue refuses at once instead of growing; waiters park without a timer and {@link WriteDeadlines} fails the writes not committed
 * within the write timeout.
 */
@Component
class EventWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EventWriter.class);

	private static final Duration DEADLINE_CHECK = Duration.ofMillis(100);

	private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final AtomicInteger queuedRows = new AtomicInteger();

	private final EventStorage storage;

	private final CollectSettings settings;

	private final List<Thread> writers;

	private final WriteDeadlines deadlines;

	private final Counter stored;

	private final Counter refused;

	private final DistributionSummary commits;

	private volatile boolean running = true;

	EventWriter(EventStorage storage, CollectSettings settings, MeterRegistry meters) {
		this.storage = storage;
		this.settings = settings;
		meters.gauge("custodian.collect.queue.rows", queuedRows);
		this.stored = Counter.builder("custodian.collect.events.stored")
			.description("Events committed to the event store by this node").register(meters);
		this.refused = Counter.builder("custodian.collect.events.refused")
			.description("Events the event store refused on their own, after their group commit failed").register(meters);
		this.commits = DistributionSummary.builder("custodian.collect.commit.rows")
			.description("Events per group commit (a batch of waiting requests)").register(meters);
		this.deadlines = new WriteDeadlines(settings.writeTimeout());
		this.writers = IntStream.range(0, settings.writers())
			.mapToObj(i -> Thread.ofPlatform().name("event-writer-" + i).daemon().start(this::run))
			.toList();
		Thread.ofPlatform().name("event-write-deadlines").daemon().start(this::expireLateWrites);
	}

	/**
	 * Enqueues rows; the future completes when they are committed, or fails with a
	 * {@link java.util.concurrent.TimeoutException} when they are not within the write timeout. Refuses with
	 * {@link QueueFull} when full.
	 */
	CompletableFuture<Void> write(List<EventRow> rows) {
		if (rows.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		if (queuedRows.addAndGet(rows.size()) > settings.queueCapacity() || !running) {
			queuedRows.addAndGet(-rows.size());
			throw new QueueFull();
		}
		var pending = new Pending(rows, new CompletableFuture<>());
		deadlines.watch(pending.done(), System.nanoTime());
		queue.add(pending);
		return pending.done();
	}

	private void expireLateWrites() {
		while (running || !queue.isEmpty()) {
			try {
				Thread.sleep(DEADLINE_CHECK);
			}
			catch (InterruptedException e) {
				return;
			}
			int failed = deadlines.expire(System.nanoTime());
			if (failed > 0) {
				log.warn("{} event writes were not committed within {}; their requests were answered 503", failed,
						settings.writeTimeout());
			}
		}
	}

	private void run() {
		var batch = new ArrayList<Pending>();
		while (running || !queue.isEmpty()) {
			try {
				var first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				int rows = first.rows().size();
				Pending next;
				while (rows < settings.writeBatchSize() && (next = queue.poll()) != null) {
					batch.add(next);
					rows += next.rows().size();
				}
				commit(batch, rows);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				batch.clear();
			}
		}
	}

	private void commit(List<Pending> batch, int rows) {
		try {
			var all = new ArrayList<EventRow>(rows);
			batch.forEach(p -> all.addAll(p.rows()));
			storage.store(all, Instant.now());
			stored.increment(rows);
			commits.record(rows);
			batch.forEach(p -> p.done().complete(null));
		}
		catch (RuntimeException e) {
			if (EventStorage.isStoreFailure(e)) {
				log.error("Could not store {} events: {} (SQLState {})", rows, e.getClass().getSimpleName(),
						EventStorage.sqlState(e));
				batch.forEach(p -> p.done().completeExceptionally(e));
			}
			else {
				log.warn("A group commit of {} events was refused (SQLState {}); storing request by request", rows,
						EventStorage.sqlState(e));
				batch.forEach(this::commitAlone);
			}
		}
		finally {
			queuedRows.addAndGet(-rows);
		}
	}

	/** One request's rows in a transaction of their own: stored, refused (the rows' fault), or failed (the store's). */
	private void commitAlone(Pending pending) {
		try {
			storage.store(pending.rows(), Instant.now());
			stored.increment(pending.rows().size());
			commits.record(pending.rows().size());
			pending.done().complete(null);
		}
		catch (RuntimeException e) {
			if (EventStorage.isStoreFailure(e)) {
				pending.done().completeExceptionally(e);
				return;
			}
			var state = EventStorage.sqlState(e);
			log.warn("The event store refused {} events of site {} (SQLState {})", pending.rows().size(),
					pending.rows().getFirst().siteId(), state);
			refused.increment(pending.rows().size());
			pending.done().completeExceptionally(new Refused(state));
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		long deadline = System.nanoTime() + settings.writeTimeout().toNanos();
		for (var writer : writers) {
			writer.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
		}
	}

	/** The write queue is full: the client should retry later. */
	static class QueueFull extends RuntimeException {

		QueueFull() {
			super("The event queue is full", null, false, false);
		}
	}

	/** The event store refused these rows on their own (a constraint, a value it cannot take). */
	static class Refused extends RuntimeException {

		Refused(String sqlState) {
			super("The event store refused the events (SQLState " + sqlState + ")", null, false, false);
		}
	}

	private record Pending(List<EventRow> rows, CompletableFuture<Void> done) {
	}
}
