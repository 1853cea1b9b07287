package io.custodian.collect.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.collect.Visitors;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Analytics events in the personal-data map: a subject's events are those of the visitor ids proven theirs. */
@Component
class CollectDataStore implements PersonalDataStore, Visitors {

	private final JdbcClient jdbc;

	private final VisitorRegistry registry;

	private final Sites sites;

	private final AuditTrail audit;

	CollectDataStore(JdbcClient jdbc, VisitorRegistry registry, Sites sites, AuditTrail audit) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.sites = sites;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void link(UUID siteId, String visitorId, UUID customerId) {
		if (sites.find(siteId).isEmpty()) {
			throw new InvalidInput("site", "is not a registered site");
		}
		if (visitorId == null || !visitorId.matches("[A-Za-z0-9_.:-]{1,64}")) {
			throw new InvalidInput("visitor", "must be 1-64 letters, digits or . _ : -");
		}
		registry.link(siteId, visitorId, customerId);
		audit.record(AuditEvent.of("visitor.linked", customerId).detail("site " + siteId));
	}

	@Override
	public Set<String> linkedTo(UUID customerId) {
		return registry.visitorsOf(customerId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var visitors = visitors(subject);
		var export = new LinkedHashMap<String, Object>();
		export.put("visitorIds", visitors);
		export.put("events", visitors.isEmpty() ? List.of()
				: jdbc.sql("""
						SELECT site_id, occurred_at, type, visitor_id, session_id, url, title, referrer, browser,
						       browser_version, os, os_version, device, country, region, city, language, screen,
						       engaged_ms, action_name, action_kind, action_target, props, ip, consent_id
						FROM events WHERE visitor_id IN (:visitors) ORDER BY occurred_at""")
					.param("visitors", visitors).query().listOfRows());
		return export;
	}

	@Override
	@Transactional
	public void restrict(DataSubject subject) {
		registry.restrict(subject.customerId(), visitors(subject));
		audit.record(AuditEvent.of("analytics.restricted", subject.customerId()));
	}

	@Override
	@Transactional
	public void lift(DataSubject subject) {
		registry.lift(subject.customerId(), visitors(subject));
		audit.record(AuditEvent.of("analytics.restriction-lifted", subject.customerId()));
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var visitors = visitors(subject);
		int rows = 0;
		if (!visitors.isEmpty()) {
			rows += jdbc.sql("DELETE FROM events WHERE visitor_id IN (:visitors)").param("visitors", visitors).update();
		}
		rows += registry.unlink(subject.customerId(), visitors);
		audit.record(AuditEvent.of("analytics.erased", subject.customerId()).detail(rows + " rows"));
		return ErasureOutcome.removed("analytics", rows);
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription("analytics", "Automatically collected visits: pages, times, referrer, browser, OS, "
				+ "device, location from the truncated IP, language, screen, actions; linked to a customer when they "
				+ "identify", List.of("events", "visitor_links", "restricted_visitors"),
				List.of("visitor_id", "session_id", "url", "title", "referrer", "browser", "os", "device", "country",
						"region", "city", "language", "screen", "engaged_ms", "action", "ip (truncated)", "consent_id"),
				List.of("analytics"), "raw events 13 months (custodian.collect.retention); daily rollups hold no identifiers");
	}

	private List<String> visitors(DataSubject subject) {
		var visitors = new HashSet<>(subject.visitorIds());
		visitors.addAll(registry.visitorsOf(subject.customerId()));
		return List.copyOf(visitors);
	}
}
