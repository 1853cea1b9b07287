package io.custodian.history.internal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.custodian.history.HistorySettings;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Which imports may start and which still run: a site runs one import at a time, all sites together at most
 * {@code custodian.history.max-running}, and a further one is refused with a 409 problem saying why. This process
 * renews the leases of the imports it runs every {@link HistorySettings#heartbeat()}; imports of a process that
 * stopped lose their lease and are marked interrupted (at start and before each admission), freeing their slots.
 */
@Component
class ImportLeases {

	private static final Logger log = LoggerFactory.getLogger(ImportLeases.class);

	private final ImportJobs jobs;

	private final TransactionTemplate transactions;

	private final int maxRunning;

	private final Set<UUID> held = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService heartbeats = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("history-import-lease").daemon().factory());

	ImportLeases(ImportJobs jobs, TransactionTemplate transactions, HistorySettings settings) {
		this.jobs = jobs;
		this.transactions = transactions;
		this.maxRunning = settings.maxRunning();
		long every = settings.heartbeat().toMillis();
		heartbeats.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	@EventListener(ApplicationReadyEvent.class)
	void expireLeftovers() {
		int expired = jobs.expire();
		if (expired > 0) {
			log.info("{} history import(s) of a stopped process marked interrupted", expired);
		}
	}

	/** Refuses with a 409 problem when an import of the site could not start now. */
	void check(UUID site) {
		jobs.expire();
		var running = jobs.runningOf(site);
		if (running.isPresent()) {
			throw siteBusy(running.get());
		}
		if (jobs.countRunning() >= maxRunning) {
			throw refused("too-many-imports", "site: " + maxRunning + " imports are running, the most that may run at "
					+ "once (custodian.history.max-running); try again when one has ended", null);
		}
	}

	/** Stores the job as running and holds its lease, when the limits allow; else a 409 problem. */
	synchronized void admit(ImportJob job) {
		try {
			transactions.executeWithoutResult(status -> {
				check(job.site);
				jobs.insert(job);
			});
		}
		catch (DuplicateKeyException e) {
			throw siteBusy(jobs.runningOf(job.site).orElse(null));
		}
		held.add(job.id);
	}

	/** The job ended (its row says how): its lease is no longer renewed. */
	void release(ImportJob job) {
		held.remove(job.id);
	}

	private void renew() {
		if (held.isEmpty()) {
			return;
		}
		try {
			jobs.renew(Set.copyOf(held));
		}
		catch (RuntimeException e) {
			log.warn("Could not renew the leases of the running history imports: {}", e.toString());
		}
	}

	@PreDestroy
	void stop() {
		heartbeats.shutdownNow();
	}

	private static ErrorResponseException siteBusy(UUID running) {
		return refused("site-import-running", "site: an import of this site is running" + (running == null ? ""
				: " (" + running + ")") + "; a site runs one import at a time, try again when it has ended", running);
	}

	private static ErrorResponseException refused(String reason, String detail, UUID running) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Import not started");
		problem.setProperty("reason", reason);
		if (running != null) {
			problem.setProperty("running", running.toString());
		}
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
	}
}
