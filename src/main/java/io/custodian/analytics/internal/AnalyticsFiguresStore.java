package io.custodian.analytics.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.collect.Visitors;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analytics figures in the personal-data map: aggregates without identifiers, from which an erased subject's
 * counts are subtracted. Ordered first, so that it reads the subject's events before the collect store deletes them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnalyticsFiguresStore implements PersonalDataStore {

	private final RollupErasure erasure;

	private final Visitors visitors;

	private final AuditTrail audit;

	AnalyticsFiguresStore(RollupErasure erasure, Visitors visitors, AuditTrail audit) {
		this.erasure = erasure;
		this.visitors = visitors;
		this.audit = audit;
	}

	@Override
	public Map<String, Object> export(DataSubject subject) {
		return Map.of();
	}

	@Override
	public void restrict(DataSubject subject) {
		// aggregates identify nobody; the collect store stops the subject's new events
	}

	@Override
	public void lift(DataSubject subject) {
		// nothing was restricted here
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var ids = new HashSet<>(subject.visitorIds());
		if (subject.customerId() != null) {
			ids.addAll(visitors.linkedTo(subject.customerId()));
		}
		var events = erasure.subtract(ids);
		audit.record(AuditEvent.of("analytics.figures-adjusted", subject.customerId())
			.detail(events + " counted events subtracted"));
		return new ErasureOutcome(name(), 0, "figures without identifiers",
				events + " counted events subtracted from the rollups; segment archives of their days dropped");
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription(name(), "Visits, pageviews, visitors, time and actions counted per hour, day and "
				+ "dimension value (page, source, country, browser…), without identifiers",
				List.of("analytics_rollup", "analytics_rollup_daily", "analytics_segment_values"),
				List.of("counts per dimension value"), List.of("analytics"),
				"kept after raw events are purged; an erased person's counts are subtracted");
	}

	private static String name() {
		return "analytics-figures";
	}
}
