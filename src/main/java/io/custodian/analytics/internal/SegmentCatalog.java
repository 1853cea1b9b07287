package io.custodian.analytics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.analytics.Filters;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static io.custodian.analytics.internal.RollupJob.utc;

/** The segments (a site and a combination of filters) asked for, each created on first use in its own transaction. */
@Component
class SegmentCatalog {

	private static final Duration TOUCH_EVERY = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	SegmentCatalog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** A stored segment. */
	record Segment(UUID id, UUID site, Filters filters, Instant usedAt) {
	}

	/** The id of the site's segment for these filters, created on first use; its last use is recorded hourly. */
	UUID segment(UUID site, Filters filters) {
		var definition = SegmentDefinition.of(filters);
		var hash = SegmentDefinition.hash(definition);
		var found = find(site, hash);
		if (found.isEmpty()) {
			try {
				own.executeWithoutResult(status -> jdbc.update("""
						INSERT INTO analytics_segments (id, site_id, definition, definition_hash, created_at, used_at)
						VALUES (?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), site, definition, hash, utc(Instant.now()),
						utc(Instant.now())));
			}
			catch (DuplicateKeyException e) {
				// created meanwhile by another request
			}
			return find(site, hash).orElseThrow().id();
		}
		var segment = found.get();
		if (segment.usedAt().isBefore(Instant.now().minus(TOUCH_EVERY))) {
			own.executeWithoutResult(status -> jdbc.update("UPDATE analytics_segments SET used_at = ? WHERE id = ?",
					utc(Instant.now()), segment.id()));
		}
		return segment.id();
	}

	private Optional<Segment> find(UUID site, String hash) {
		return jdbc.query("SELECT id, used_at FROM analytics_segments WHERE site_id = ? AND definition_hash = ?",
				(rs, n) -> new Segment(rs.getObject(1, UUID.class), site, null, RollupJob.instant(rs, 2)), site, hash)
			.stream().findFirst();
	}

	/** Segments used since {@code since}, with their filters. */
	List<Segment> usedSince(Instant since) {
		return jdbc.query("SELECT id, site_id, definition, used_at FROM analytics_segments WHERE used_at >= ?",
				(rs, n) -> new Segment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						SegmentDefinition.filters(rs.getString(3)), RollupJob.instant(rs, 4)), utc(since));
	}

	/** Deletes segments not used since {@code before}, with their archives; returns how many. */
	int purgeUnused(Instant before) {
		var ids = jdbc.queryForList("SELECT id FROM analytics_segments WHERE used_at < ?", UUID.class, utc(before));
		for (var id : ids) {
			own.executeWithoutResult(status -> {
				jdbc.update("DELETE FROM analytics_segment_values WHERE segment_id = ?", id);
				jdbc.update("DELETE FROM analytics_segment_days WHERE segment_id = ?", id);
				jdbc.update("DELETE FROM analytics_segments WHERE id = ?", id);
			});
		}
		return ids.size();
	}
}
