package io.custodian.site.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import io.custodian.site.Site;
/**
 * A snapshot of all sites for the collection path, indexed by id, tracking id and domain: a miss reloads it (at most
 * once a second), so that other nodes' sites appear; the registry empties it on each change.
 */
final class CachedSites {

	private static final Snapshot EMPTY = Snapshot.of(List.of(), Instant.EPOCH);

	private final Supplier<List<Site>> loader;

	private volatile Snapshot snapshot = EMPTY;

	CachedSites(Supplier<List<Site>> loader) {
		this.loader = loader;
	}

	Optional<Site> byId(UUID id) {
		return find(sites -> sites.byId().get(id));
	}

	Optional<Site> byTrackingId(int trackingId) {
		return find(sites -> sites.byTrackingId().get(trackingId));
	}

	/** The first site, by name, that lists this domain. */
	Optional<Site> byDomain(String domain) {
		return find(sites -> sites.byDomain().get(domain));
	}

	private Optional<Site> find(Function<Snapshot, Site> lookup) {
		var found = lookup.apply(snapshot);
		if (found == null && snapshot.loadedAt().isBefore(Instant.now().minusSeconds(1))) {
			snapshot = Snapshot.of(loader.get(), Instant.now());
			found = lookup.apply(snapshot);
		}
		return Optional.ofNullable(found);
	}

	void forget() {
		snapshot = EMPTY;
	}

	private record Snapshot(Map<UUID, Site> byId, Map<Integer, Site> byTrackingId, Map<String, Site> byDomain,
			Instant loadedAt) {

		static Snapshot of(List<Site> sites, Instant loadedAt) {
			var byId = new HashMap<UUID, Site>();
			var byTrackingId = new HashMap<Integer, Site>();
			var byDomain = new HashMap<String, Site>();
			for (var site : sites) {
				byId.putIfAbsent(site.id(), site);
				byTrackingId.putIfAbsent(site.trackingId(), site);
				site.domains().forEach(domain -> byDomain.putIfAbsent(domain, site));
			}
			return new Snapshot(byId, byTrackingId, byDomain, loadedAt);
		}
	}
}
