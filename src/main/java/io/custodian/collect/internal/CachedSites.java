package io.custodian.collect.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.custodian.collect.Site;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A snapshot of all sites for the collection path: a miss reloads it (at most once a second), so that other nodes'
 * sites appear; a change empties it now and again after its commit.
 */
final class CachedSites {

	private static final Snapshot EMPTY = new Snapshot(List.of(), Instant.EPOCH);

	private final Supplier<List<Site>> loader;

	private volatile Snapshot snapshot = EMPTY;

	CachedSites(Supplier<List<Site>> loader) {
		this.loader = loader;
	}

	Optional<Site> find(Predicate<Site> matches) {
		var found = snapshot.sites().stream().filter(matches).findFirst();
		if (found.isEmpty() && snapshot.loadedAt().isBefore(Instant.now().minusSeconds(1))) {
			snapshot = new Snapshot(loader.get(), Instant.now());
			found = snapshot.sites().stream().filter(matches).findFirst();
		}
		return found;
	}

	void forgetAfterCommit() {
		snapshot = EMPTY;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					snapshot = EMPTY;
				}
			});
		}
	}

	private record Snapshot(List<Site> sites, Instant loadedAt) {
	}
}
