package io.custodian.disclosure.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerUpdated;
import io.custodian.disclosure.DisclosureEntry;
import io.custodian.disclosure.OnwardNotice;
import io.custodian.disclosure.OnwardNoticeLog;
import io.custodian.personaldata.OnwardNoticeView;
import io.custodian.personaldata.OnwardNotices;
import io.custodian.security.CurrentActor;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passes corrections, erasures and restrictions on (GDPR Art. 19): one notice per recipient that received an affected
 * field, recorded and audited in the caller's transaction and mailed after it commits. A correction concerns the
 * recipients that received a changed field; an erasure or restriction every recipient that received anything.
 */
@Service
class OnwardNoticeDesk implements OnwardNoticeLog, OnwardNotices {

	static final String CORRECTION = "correction";

	static final String ERASURE = "erasure";

	static final String RESTRICTION = "restriction";

	static final int MAX_NOTE = 2000;

	private static final int MAX_DISCLOSURES = 100;

	private final DisclosureLog log;

	private final OnwardNoticeRows rows;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	OnwardNoticeDesk(DisclosureLog log, OnwardNoticeRows rows, AuditTrail audit, ApplicationEventPublisher events) {
		this.log = log;
		this.rows = rows;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void corrected(CustomerUpdated updated) {
		record(updated.customerId(), CORRECTION, updated.fields());
	}

	/** Records the notices; {@code changed} null means any field the recipient received. Returns how many. */
	int record(UUID customer, String kind, Set<String> changed) {
		var byRecipient = new LinkedHashMap<UUID, List<DisclosureEntry>>();
		for (var entry : log.ofCustomer(customer)) {
			if (entry.fields().stream().anyMatch(f -> changed == null || changed.contains(f))) {
				byRecipient.computeIfAbsent(entry.recipientId(), r -> new ArrayList<>()).add(entry);
			}
		}
		var now = Instant.now();
		var ids = new ArrayList<UUID>();
		byRecipient.forEach((recipient, entries) -> {
			var fields = new TreeSet<String>();
			entries.forEach(e -> e.fields().stream().filter(f -> changed == null || changed.contains(f))
				.forEach(fields::add));
			var disclosures = entries.stream().map(DisclosureEntry::disclosureId).distinct().limit(MAX_DISCLOSURES)
				.toList();
			var id = UUID.randomUUID();
			rows.insert(id, customer, recipient, kind, List.copyOf(fields), disclosures, now);
			audit.record(AuditEvent.of("disclosure.onward-notice", customer).fields(fields)
				.detail(kind + " passed on to recipient " + recipient + " (" + entries.get(0).recipientName()
						+ "), notice " + id));
			ids.add(id);
		});
		if (!ids.isEmpty()) {
			events.publishEvent(new OnwardNoticesRecorded(ids));
		}
		return ids.size();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OnwardNotice> ofCustomer(UUID customerId) {
		return rows.ofCustomer(customerId);
	}

	@Override
	@Transactional
	public OnwardNotice acknowledge(UUID noticeId, String note) {
		var text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			throw new InvalidInput("note", "must be at most " + MAX_NOTE + " characters");
		}
		var notice = rows.find(noticeId).orElseThrow(() -> Problems.notFound("Onward notice " + noticeId));
		if (!rows.acknowledge(noticeId, CurrentActor.name(), text, Instant.now())) {
			throw Problems.conflict("Onward notice " + noticeId + " was already acknowledged");
		}
		audit.record(AuditEvent.of("disclosure.onward-notice.acknowledged", notice.customerId())
			.detail("recipient " + notice.recipientId() + " acknowledged the " + notice.kind() + ", notice " + noticeId));
		return rows.find(noticeId).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OnwardNoticeView> forCustomer(UUID customerId) {
		return rows.ofCustomer(customerId).stream().map(n -> new OnwardNoticeView(n.id(), n.recipientId(),
				n.recipientName(), n.kind(), n.fields(), n.createdAt(), n.mailedAt(), n.acknowledgedAt(),
				n.acknowledgedBy())).toList();
	}
}
