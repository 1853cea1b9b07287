package io.custodian.site.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.site.CookieMode;
import io.custodian.site.NewSite;
import io.custodian.site.Site;
import io.custodian.site.SiteChanged;
import io.custodian.site.Sites;
import io.custodian.system.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sites in the database, cached in memory for the collection path; each change publishes {@link SiteChanged}. */
@Repository
class JdbcSites implements Sites {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CachedSites cache = new CachedSites(this::all);

	JdbcSites(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public Site register(NewSite site) {
		var checked = SiteChecks.check(site, null);
		var trackingId = jdbc.sql("SELECT nextval('site_tracking_ids')").query(Integer.class).single();
		var created = new Site(UUID.randomUUID(), trackingId, checked.name(), checked.domains(), checked.timeZone(),
				checked.cookieMode(), checked.excludedIps(), Instant.now());
		jdbc.sql("""
				INSERT INTO sites (id, tracking_id, name, domains, time_zone, cookie_mode, excluded_ips, created_at)
				VALUES (:id, :tracking, :name, :domains, :zone, :mode, :excluded, :created)""")
			.param("id", created.id())
			.param("tracking", trackingId)
			.param("name", created.name())
			.param("domains", String.join(",", created.domains()))
			.param("zone", created.timeZone().getId())
			.param("mode", created.cookieMode().id())
			.param("excluded", String.join(",", created.excludedIps()))
			.param("created", OffsetDateTime.ofInstant(created.createdAt(), ZoneOffset.UTC))
			.update();
		audit.record(AuditEvent.of("site.registered", "site:" + created.id()));
		changed(created.id());
		return created;
	}

	@Override
	@Transactional
	public Site update(UUID id, NewSite changes) {
		var current = find(id).orElseThrow(() -> Problems.notFound("Site " + id));
		var checked = SiteChecks.check(changes, current);
		jdbc.sql("""
				UPDATE sites SET name = :name, domains = :domains, time_zone = :zone, cookie_mode = :mode,
				       excluded_ips = :excluded WHERE id = :id""")
			.param("id", id)
			.param("name", checked.name())
			.param("domains", String.join(",", checked.domains()))
			.param("zone", checked.timeZone().getId())
			.param("mode", checked.cookieMode().id())
			.param("excluded", String.join(",", checked.excludedIps()))
			.update();
		audit.record(AuditEvent.of("site.updated", "site:" + id));
		changed(id);
		return all().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	/** Forgets the cached sites now, and again once the change is committed ({@link #forget}). */
	private void changed(UUID id) {
		cache.forget();
		events.publishEvent(new SiteChanged(id));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void forget(SiteChanged changed) {
		cache.forget();
	}

	@Override
	public Optional<Site> find(UUID id) {
		return cache.byId(id);
	}

	@Override
	public Optional<Site> findByTrackingId(int trackingId) {
		return cache.byTrackingId(trackingId);
	}

	@Override
	public Optional<Site> findByDomain(String domain) {
		if (domain == null) {
			return Optional.empty();
		}
		var d = domain.trim().toLowerCase(Locale.ROOT);
		var host = d.startsWith("www.") ? d.substring(4) : d;
		return cache.byDomain(host);
	}

	@Override
	public List<Site> all() {
		return jdbc.sql("SELECT * FROM sites ORDER BY name").query(JdbcSites::map).list();
	}

	private static Site map(ResultSet rs, int row) throws SQLException {
		var excluded = rs.getString("excluded_ips");
		return new Site(rs.getObject("id", UUID.class), rs.getInt("tracking_id"), rs.getString("name"),
				Arrays.asList(rs.getString("domains").split(",")), ZoneId.of(rs.getString("time_zone")),
				CookieMode.fromId(rs.getString("cookie_mode")).orElse(CookieMode.COOKIELESS),
				excluded.isEmpty() ? List.of() : Arrays.asList(excluded.split(",")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
