package io.custodian.history.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.custodian.analytics.ImportedFigures;
import io.custodian.history.HistoryImports;
import io.custodian.history.HistorySettings;
import io.custodian.history.ImportFormat;
import io.custodian.history.ImportStatus;
import io.custodian.history.ImportStatus.RowProblem;
import io.custodian.history.ImportStatus.State;
import io.custodian.security.CurrentActor;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import io.custodian.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports: checks the upload's structure first (a 400 problem when it is wrong), then reads every row into daily
 * figures and hands them to analytics in one transaction together with the job's end, so a failed or interrupted
 * import writes nothing. {@link ImportLeases} admits jobs and keeps their leases; running jobs are kept in memory for
 * their progress, finished ones are read from the database.
 */
@Service
class DefaultHistoryImports implements HistoryImports {

	private static final Logger log = LoggerFactory.getLogger(DefaultHistoryImports.class);

	private final Sites sites;

	private final Map<ImportFormat, SourceReader> readers = new ConcurrentHashMap<>();

	private final ImportedFigures figures;

	private final ImportJobs jobs;

	private final ImportLeases leases;

	private final TransactionTemplate transactions;

	private final long maxUncompressed;

	private final Map<UUID, ImportJob> running = new ConcurrentHashMap<>();

	DefaultHistoryImports(Sites sites, List<SourceReader> readers, ImportedFigures figures, ImportJobs jobs,
			ImportLeases leases, TransactionTemplate transactions, HistorySettings settings) {
		this.sites = sites;
		readers.forEach(r -> this.readers.put(r.format(), r));
		this.figures = figures;
		this.jobs = jobs;
		this.leases = leases;
		this.transactions = transactions;
		this.maxUncompressed = settings.maxUncompressed().toBytes();
	}

	@Override
	public void checkStart(UUID siteId) {
		leases.check(siteId);
	}

	@Override
	public ImportStatus start(UUID siteId, ImportFormat format, String fileName, Path upload) {
		var prepared = prepare(siteId, format, fileName, upload);
		Thread.ofVirtual().name("history-import-" + prepared.job().id).start(() -> execute(prepared));
		return prepared.job().status();
	}

	@Override
	public ImportStatus run(UUID siteId, ImportFormat format, String fileName, Path upload) {
		var prepared = prepare(siteId, format, fileName, upload);
		execute(prepared);
		var job = prepared.job();
		if (job.state == State.FAILED) {
			throw new ImportFailure(job.failure.file(), job.failure.row(), job.failure.column(), job.failure.reason())
				.toProblem();
		}
		return job.status();
	}

	@Override
	public Optional<ImportStatus> find(UUID siteId, UUID importId) {
		var live = running.get(importId);
		if (live != null && live.site.equals(siteId)) {
			return Optional.of(live.status());
		}
		return jobs.find(siteId, importId);
	}

	@Override
	public List<ImportStatus> recent(UUID siteId, int limit) {
		var list = new ArrayList<ImportStatus>();
		for (var status : jobs.recent(siteId, limit)) {
			var live = running.get(status.id());
			list.add(live == null ? status : live.status());
		}
		return list;
	}

	private Prepared prepare(UUID siteId, ImportFormat format, String fileName, Path path) {
		Upload upload = null;
		try {
			var site = sites.find(siteId).orElseThrow(() -> Problems.notFound("Site " + siteId));
			var reader = readers.get(format);
			upload = Upload.open(path, fileName, maxUncompressed);
			var files = reader.check(upload);
			var by = CurrentActor.name();
			var job = new ImportJob(siteId, format, fileName, "anonymous".equals(by) ? "command line" : by);
			leases.admit(job);
			running.put(job.id, job);
			return new Prepared(job, site, reader, upload, files, path);
		}
		catch (ImportFailure failure) {
			close(upload, path);
			throw failure.toProblem();
		}
		catch (RuntimeException e) {
			close(upload, path);
			throw e;
		}
	}

	private void execute(Prepared p) {
		var job = p.job();
		try {
			job.progress.total.set(p.files().stream().mapToLong(f -> CsvTable.count(p.upload(), f)).sum());
			var tally = new DayTally();
			p.reader().read(p.upload(), p.files(), p.site().timeZone(), tally, job.progress);
			transactions.executeWithoutResult(status -> {
				job.days = List.copyOf(figures.replace(p.site().id(), job.format.id(), tally.values()));
				end(job, State.DONE, null);
			});
		}
		catch (ImportFailure failure) {
			fail(job, failure.problem());
		}
		catch (RuntimeException e) {
			log.error("History import {} of {} failed", job.id, job.fileName, e);
			fail(job, new RowProblem(job.fileName, 0, null, "could not be imported: " + e.getClass().getSimpleName()));
		}
		finally {
			leases.release(job);
			running.remove(job.id);
			close(p.upload(), p.path());
		}
	}

	private void fail(ImportJob job, RowProblem problem) {
		job.failure = problem;
		job.days = List.of();
		transactions.executeWithoutResult(status -> end(job, State.FAILED, problem));
	}

	private void end(ImportJob job, State state, RowProblem problem) {
		job.state = state;
		job.failure = problem;
		job.finishedAt = Instant.now();
		jobs.finish(job);
	}

	private static void close(Upload upload, Path path) {
		if (upload != null) {
			upload.close();
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			log.warn("Could not delete the upload {}", path);
		}
	}

	private record Prepared(ImportJob job, Site site, SourceReader reader, Upload upload, List<String> files,
			Path path) {
	}
}
