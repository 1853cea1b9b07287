package io.custodian.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import io.custodian.analytics.Dimension;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the hourly rollups current from the collect module's {@code events}, one transaction per chunk that applies
 * the chunk's deltas, working state and the new {@link Watermark} together, so a restart resumes where it stopped.
 * <p>
 * A run counts the events ingested more than {@link #SETTLE} ago, in ingestion order ({@code ingested_at}, then
 * {@code seq}) from the watermark on. An event is counted exactly once as long as it commits within {@link #SETTLE}
 * of its {@code ingested_at}.
 */
@Component
public class RollupJob {

	private static final Logger log = LoggerFactory.getLogger(RollupJob.class);

	static final Duration SETTLE = Duration.ofSeconds(2);

	/** A single-pageview session with less engaged time than this and no action is a bounce. */
	static final long BOUNCE_ENGAGED_MS = 10_000;

	/** Sessions and pageviews idle this long are forgotten; an event for them later starts a new one. */
	static final Duration STATE_TTL = Duration.ofDays(2);

	/** One run at a time in this JVM; ShedLock keeps other nodes out. */
	private static final ReentrantLock LOCK = new ReentrantLock();

	private final EventSource events;

	private final WatermarkStore watermarks;

	private final WorkingStateStore states;

	private final RollupWriter writer;

	private final TransactionTemplate transactions;

	private final Sites sites;

	private final int chunk;

	/** The working state is purged hourly, the first time an hour after start. */
	private volatile Instant lastPurge = Instant.now();

	private final RollupMetrics metrics;

	private final SegmentArchive segments;

	RollupJob(EventSource events, WatermarkStore watermarks, WorkingStateStore states, RollupWriter writer,
			TransactionTemplate transactions, Sites sites,
			@Value("${custodian.analytics.rollup-chunk:20000}") int chunk, RollupMetrics metrics,
			SegmentArchive segments) {
		this.events = events;
		this.watermarks = watermarks;
		this.states = states;
		this.writer = writer;
		this.transactions = transactions;
		this.sites = sites;
		this.chunk = chunk;
		this.metrics = metrics;
		this.segments = segments;
	}

	@Scheduled(fixedDelayString = "${custodian.analytics.rollup-delay:5s}",
			initialDelayString = "${custodian.analytics.rollup-initial-delay:10s}")
	@SchedulerLock(name = "analytics-rollup", lockAtMostFor = "PT15M")
	public void scheduled() {
		try {
			catchUp();
		}
		catch (RuntimeException e) {
			log.error("Analytics rollup failed; it will be retried", e);
		}
	}

	/** Processes every settled event not yet in the rollups; returns how many events were read. */
	public int catchUp() {
		return catchUpUntil(Instant.now().minus(SETTLE));
	}

	/**
	 * Processes events ingested before {@code cutoff}. Tests pass a cutoff in the future once the hits they sent have
	 * been acknowledged (the collector answers only after the commit).
	 */
	public int catchUpUntil(Instant cutoff) {
		LOCK.lock();
		try {
			writer.realignDays(sites.all()).forEach(site -> transactions
				.executeWithoutResult(status -> segments.drop(site, LocalDate.EPOCH, Instant.now())));
			var mark = watermarks.load();
			int total = 0;
			List<RollupEvent> read;
			do {
				read = events.after(mark, cutoff, chunk);
				if (!read.isEmpty()) {
					mark = inTransaction(read, mark.after(read));
					total += read.size();
					metrics.counted(read.size());
				}
			}
			while (read.size() == chunk);
			metrics.finished(cutoff);
			purgeNowAndThen();
			return total;
		}
		finally {
			LOCK.unlock();
		}
	}

	/**
	 * Keeps this node's runs out until the caller's transaction ends, so that an erasure adjusting the rollups and a
	 * run counting the same events never interleave.
	 */
	static void pauseUntilTransactionEnds() {
		LOCK.lock();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				LOCK.unlock();
			}
		});
	}

	private Watermark inTransaction(List<RollupEvent> read, Watermark next) {
		transactions.executeWithoutResult(status -> {
			apply(read);
			watermarks.save(next);
		});
		return next;
	}

	private void apply(List<RollupEvent> read) {
		var zones = new HashMap<UUID, ZoneId>();
		Function<UUID, ZoneId> zone = site -> zones.computeIfAbsent(site,
				id -> sites.find(id).map(Site::timeZone).orElse(ZoneOffset.UTC));
		var aggregation = new ChunkAggregation(states.load(read), zone).apply(read);
		var firstSightings = writer.recordSightings(aggregation.sightings());
		states.save(aggregation.sessions(), aggregation.pageviews());
		writer.add(aggregation.deltas(firstSightings), zone);
		segments.invalidateLate(read, zone);
	}

	private void purgeNowAndThen() {
		var now = Instant.now();
		if (Duration.between(lastPurge, now).compareTo(Duration.ofHours(1)) < 0) {
			return;
		}
		lastPurge = now;
		transactions.executeWithoutResult(status -> states.purge(now, STATE_TTL));
	}

	static String value(String v) {
		if (v == null || v.isBlank()) {
			return Dimension.NONE;
		}
		return v.length() > 1024 ? v.substring(0, 1024) : v;
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return instant(rs, rs.findColumn(column));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
