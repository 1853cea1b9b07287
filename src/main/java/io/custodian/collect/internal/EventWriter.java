package io.custodian.collect.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.custodian.collect.CollectSettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of events: requests enqueue their rows and wait; one writer thread inserts everything queued in one
 * batch and one transaction, then releases the waiters, so a hit is acknowledged only once it is durable. A full
 * queue refuses at once instead of growing.
 */
@Component
class EventWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EventWriter.class);

	static final String INSERT = """
			INSERT INTO events (site_id, occurred_at, ingested_at, type, visitor_id, session_id, pageview_id, cookieless,
			  url, path, title, referrer, source, channel, utm_source, utm_medium, utm_campaign, utm_term, utm_content,
			  browser, browser_version, os, os_version, device, country, region, city, language, screen, engaged_ms,
			  action_name, action_kind, action_target, props, ip, bot, consent_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final AtomicInteger queuedRows = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final CollectSettings settings;

	private final Thread writer;

	private volatile boolean running = true;

	EventWriter(JdbcTemplate jdbc, TransactionTemplate transactions, CollectSettings settings, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		meters.gauge("custodian.collect.queue.rows", queuedRows);
		this.writer = Thread.ofPlatform().name("event-writer").daemon().start(this::run);
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
			var now = OffsetDateTime.now(ZoneOffset.UTC);
			transactions.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, all, all.size(),
					(statement, row) -> bind(statement, row, now)));
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

	static void bind(PreparedStatement s, EventRow r, OffsetDateTime now) throws SQLException {
		int i = 1;
		s.setObject(i++, r.siteId());
		s.setObject(i++, OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC));
		s.setObject(i++, now);
		for (var value : new String[] { r.type(), r.visitorId(), r.sessionId(), r.pageviewId() }) {
			s.setString(i++, value);
		}
		s.setBoolean(i++, r.cookieless());
		for (var value : new String[] { r.url(), r.path(), r.title(), r.referrer(), r.source(), r.channel(),
				r.utmSource(), r.utmMedium(), r.utmCampaign(), r.utmTerm(), r.utmContent(), r.browser(),
				r.browserVersion(), r.os(), r.osVersion(), r.device(), r.country(), r.region(), r.city(), r.language(),
				r.screen() }) {
			s.setString(i++, value);
		}
		if (r.engagedMs() == null) {
			s.setNull(i++, Types.INTEGER);
		}
		else {
			s.setInt(i++, r.engagedMs());
		}
		for (var value : new String[] { r.actionName(), r.actionKind(), r.actionTarget(), r.props(), r.ip() }) {
			s.setString(i++, value);
		}
		s.setBoolean(i++, r.bot());
		s.setString(i, r.consentId());
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		writer.join(settings.writeTimeout().toMillis());
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
