package io.custodian.analytics.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.custodian.site.Site;
import io.custodian.site.Sites;
import org.springframework.stereotype.Component;

/**
 * Takes erased visitors out of every figure, in the erasure's transaction and before their events are deleted: the
 * counts their counted events added to the hourly and daily rollups (pageviews, visits, bounces, visitors, time,
 * actions, per dimension) are subtracted, their sightings and session state are forgotten, and the segment archives
 * from the day before their first day on are dropped (rebuilt on next use from the remaining events).
 */
@Component
class RollupErasure {

	private final EventSource events;

	private final WatermarkStore watermarks;

	private final WorkingStateStore states;

	private final RollupWriter writer;

	private final SegmentArchive segments;

	private final Sites sites;

	RollupErasure(EventSource events, WatermarkStore watermarks, WorkingStateStore states, RollupWriter writer,
			SegmentArchive segments, Sites sites) {
		this.events = events;
		this.watermarks = watermarks;
		this.states = states;
		this.writer = writer;
		this.segments = segments;
		this.sites = sites;
	}

	/** Subtracts the visitors' counted events from the figures; returns how many events were taken out. */
	int subtract(Collection<String> visitors) {
		if (visitors.isEmpty()) {
			return 0;
		}
		RollupJob.pauseUntilTransactionEnds();
		var counted = events.countedOf(visitors, watermarks.lockAndLoad());
		if (counted.isEmpty()) {
			return 0;
		}
		var zones = new HashMap<UUID, ZoneId>();
		Function<UUID, ZoneId> zone = site -> zones.computeIfAbsent(site,
				id -> sites.find(id).map(Site::timeZone).orElse(ZoneOffset.UTC));
		var contribution = new ChunkAggregation(new WorkingState(Map.of(), Map.of()), zone).apply(counted);
		var sightings = contribution.sightings();
		var deltas = contribution.deltas(sightings.values());
		var negated = new HashMap<RollupKey, Counters>();
		deltas.forEach((key, counters) -> negated.put(key, counters.negated()));
		writer.add(negated, zone);
		writer.dropEmpty(negated.keySet(), zone);
		writer.forgetSightings(sightings.keySet());
		states.forget(counted);
		segments.invalidateLate(counted, zone);
		return counted.size();
	}
}
