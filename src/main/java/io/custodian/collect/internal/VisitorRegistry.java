package io.custodian.collect.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which visitor ids belong to which customer, and which visitors must not be collected (restriction). */
@Component
class VisitorRegistry {

	private final JdbcClient jdbc;

	private final Set<String> restricted = ConcurrentHashMap.newKeySet();

	private volatile java.time.Instant loadedAt = java.time.Instant.EPOCH;

	VisitorRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void link(UUID site, String visitor, UUID customer) {
		var updated = jdbc.sql("UPDATE visitor_links SET customer_id = :customer, linked_at = :now WHERE site_id = :site AND visitor_id = :visitor")
			.param("customer", customer).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("site", site)
			.param("visitor", visitor).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO visitor_links (site_id, visitor_id, customer_id, linked_at) VALUES (:site, :visitor, :customer, :now)")
				.param("customer", customer).param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("site", site)
				.param("visitor", visitor).update();
		}
	}

	Set<String> visitorsOf(UUID customer) {
		if (customer == null) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("SELECT visitor_id FROM visitor_links WHERE customer_id = :customer")
			.param("customer", customer).query(String.class).list());
	}

	int unlink(UUID customer, Collection<String> visitors) {
		int removed = 0;
		if (customer != null) {
			removed += jdbc.sql("DELETE FROM visitor_links WHERE customer_id = :customer").param("customer", customer).update();
		}
		if (!visitors.isEmpty()) {
			removed += jdbc.sql("DELETE FROM visitor_links WHERE visitor_id IN (:visitors)").param("visitors", visitors).update();
		}
		return removed;
	}

	boolean isRestricted(String visitor) {
		if (loadedAt.isBefore(java.time.Instant.now().minusSeconds(30))) {
			var current = jdbc.sql("SELECT visitor_id FROM restricted_visitors").query(String.class).list();
			restricted.retainAll(current);
			restricted.addAll(current);
			loadedAt = java.time.Instant.now();
		}
		return visitor != null && restricted.contains(visitor);
	}

	void restrict(UUID customer, Collection<String> visitors) {
		for (var visitor : visitors) {
			jdbc.sql("DELETE FROM restricted_visitors WHERE visitor_id = :v").param("v", visitor).update();
			jdbc.sql("INSERT INTO restricted_visitors (visitor_id, customer_id, restricted_at) VALUES (:v, :c, :now)")
				.param("v", visitor).param("c", customer).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
			restricted.add(visitor);
		}
	}

	void lift(UUID customer, Collection<String> visitors) {
		if (customer != null) {
			jdbc.sql("DELETE FROM restricted_visitors WHERE customer_id = :c").param("c", customer).update();
		}
		if (!visitors.isEmpty()) {
			jdbc.sql("DELETE FROM restricted_visitors WHERE visitor_id IN (:v)").param("v", List.copyOf(visitors)).update();
		}
		restricted.clear();
		loadedAt = java.time.Instant.EPOCH;
	}
}
