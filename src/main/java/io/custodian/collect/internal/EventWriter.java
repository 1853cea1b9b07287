package io.custodian.collect.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.custodian.collect.CollectSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of events: requests enqueue their rows and wait; a writer thread inserts everything queued in one
 * batch and one transaction, then releases the waiters, so a hit is acknowledged only once it is durable. Several
 * writers take turns so that one batch is inserted while another waits for its commit to reach the disk. On
 * PostgreSQL a batch is written with COPY. A full queue refuses at once instead of growing.
 */
@Component
class EventWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EventWriter.class);

	static final String INSERT = "INSERT INTO events (" + String.join(", ", EventRow.COLUMNS) + ") VALUES ("
			+ String.join(", ", Collections.nCopies(EventRow.COLUMNS.size(), "?")) + ")";

	private static final int ENGAGED_MS = EventRow.COLUMNS.indexOf("engaged_ms");

	private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final AtomicInteger queuedRows = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final CollectSettings settings;

	private final List<Thread> writers;

	private final boolean copy;

	private final Counter stored;

	private volatile boolean running = true;

	EventWriter(JdbcTemplate jdbc, TransactionTemplate transactions, CollectSettings settings, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.copy = settings.postgresCopy()
				&& Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) EventCopy::supports));
		meters.gauge("custodian.collect.queue.rows", queuedRows);
		this.stored = Counter.builder("custodian.collect.events.stored")
			.description("Events committed to the event store by this node").register(meters);
		this.writers = IntStream.range(0, settings.writers())
			.mapToObj(i -> Thread.ofPlatform().name("event-writer-" + i).daemon().start(this::run))
			.toList();
	}

	/** Enqueues rows; the future completes when they are committed. Refuses with {@link QueueFull} when full. */
	CompletableFuture<Void> write(List<EventRow> rows) {
		if (rows.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		if (queuedRows.addAndGet(rows.size()) > settings.queueCapacity() || !running) {
			queuedRows.addAndGet(-rows.size());
			throw new QueueFull();
		}
		var pending = new Pending(rows, new CompletableFuture<>());
		queue.add(pending);
		return pending.done();
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
			var now = Instant.now();
			transactions.executeWithoutResult(status -> store(all, now));
			stored.increment(rows);
			batch.forEach(p -> p.done().complete(null));
		}
		catch (RuntimeException e) {
			log.error("Could not store {} events", rows, e);
			batch.forEach(p -> p.done().completeExceptionally(e));
		}
		finally {
			queuedRows.addAndGet(-rows);
		}
	}

	private void store(List<EventRow> rows, Instant now) {
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			store(connection, rows, now, copy);
			return null;
		});
	}

	/** Writes a batch on the connection's transaction: with COPY (PostgreSQL) or a batched INSERT. */
	static void store(Connection connection, List<EventRow> rows, Instant now, boolean copy) throws SQLException {
		if (copy) {
			EventCopy.copy(connection, rows, now);
			return;
		}
		try (var statement = connection.prepareStatement(INSERT)) {
			for (var row : rows) {
				bind(statement, row, now);
				statement.addBatch();
			}
			statement.executeBatch();
		}
	}

	static void bind(PreparedStatement statement, EventRow row, Instant now) throws SQLException {
		var values = row.values(now);
		for (int i = 0; i < values.length; i++) {
			switch (values[i]) {
				case null -> statement.setNull(i + 1, i == ENGAGED_MS ? Types.INTEGER : Types.VARCHAR);
				case String text -> statement.setString(i + 1, text);
				case Instant instant -> statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
				case Boolean flag -> statement.setBoolean(i + 1, flag);
				case Integer number -> statement.setInt(i + 1, number);
				default -> statement.setObject(i + 1, values[i]);
			}
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

	private record Pending(List<EventRow> rows, CompletableFuture<Void> done) {
	}
}
