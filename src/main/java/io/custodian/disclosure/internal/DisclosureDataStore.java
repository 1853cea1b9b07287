package io.custodian.disclosure.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import io.custodian.security.EncryptedStore;
import io.custodian.security.FieldEncryption;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure log's part of the personal-data map: the access export lists every recipient that received the
 * customer's data (GDPR Art. 15(1)(c)) and the onward notices sent, except a disclosure answering a legal demand whose
 * notice a prohibition still defers (Art. 23); erasure and restriction are first passed on to
 * every recipient that received anything (Art. 19), then erasure detaches the customer from the log, which is kept as
 * proof of lawful disclosure but no longer names the person. The log holds field names only, never values.
 */
@Component
class DisclosureDataStore implements PersonalDataStore, EncryptedStore {

	static final String NAME = "disclosure";

	private final DisclosureLog log;

	private final AuditTrail audit;

	private final OnwardNoticeDesk notices;

	private final OnwardNoticeRows noticeRows;

	private final DemandRows demands;

	DisclosureDataStore(DisclosureLog log, AuditTrail audit, OnwardNoticeDesk notices, OnwardNoticeRows noticeRows,
			DemandRows demands) {
		this.demands = demands;
		this.log = log;
		this.audit = audit;
		this.notices = notices;
		this.noticeRows = noticeRows;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var today = LocalDate.now(ZoneOffset.UTC);
		var entries = log.ofCustomer(subject.customerId()).stream()
			.filter(e -> e.demandId() == null || !demands.find(e.demandId()).map(d -> d.noticeWithheldOn(today)).orElse(false))
			.map(e -> {
			var entry = new LinkedHashMap<String, Object>();
			entry.put("recipient", e.recipientName());
			entry.put("recipientId", e.recipientId());
			entry.put("purpose", e.purpose());
			entry.put("legalBasis", e.legalBasis());
			entry.put("fields", e.fields());
			entry.put("disclosedAt", e.disclosedAt());
			entry.put("by", e.actor());
			entry.put("instructionVersion", e.instructionVersion());
			if (e.demandReference() != null) {
				entry.put("legalDemand", e.demandReference());
			}
			return entry;
		}).toList();
		var onward = noticeRows.ofCustomer(subject.customerId()).stream().map(n -> {
			var notice = new LinkedHashMap<String, Object>();
			notice.put("recipient", n.recipientName());
			notice.put("recipientId", n.recipientId());
			notice.put("kind", n.kind());
			notice.put("fields", n.fields());
			notice.put("createdAt", n.createdAt());
			notice.put("mailedAt", n.mailedAt());
			notice.put("acknowledgedAt", n.acknowledgedAt());
			return notice;
		}).toList();
		return Map.of("disclosures", entries, "onwardNotices", onward);
	}

	/** A suspended customer is already left out of every disclosure; the recipients are told to hold back too. */
	@Override
	@Transactional
	public void restrict(DataSubject subject) {
		notices.record(subject.customerId(), OnwardNoticeDesk.RESTRICTION, null);
	}

	@Override
	public void lift(DataSubject subject) {
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		notices.record(subject.customerId(), OnwardNoticeDesk.ERASURE, null);
		var rows = log.detach(subject.customerId());
		audit.record(AuditEvent.of("personal-data.erased", subject.customerId()).detail(NAME + ": " + rows
				+ " disclosure rows detached"));
		return new ErasureOutcome(NAME, rows, "the disclosures (recipient, purpose, legal basis, field names, time), "
				+ "no longer linked to the customer",
				"accountability for lawful disclosure (GDPR Art. 5(2), 30); the customer id is removed, no values are held");
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription(NAME, "Which recipient received which fields of a customer, for which purpose, on "
				+ "which legal basis, when and by whom; field names only, never values",
				List.of("disclosures", "disclosure_subjects", "onward_notices"), List.of("customerId", "recipient",
						"purpose", "legalBasis", "fields", "disclosedAt", "actor", "instructionVersion", "onwardNotices"),
				List.of("legal-obligation"), "kept; on erasure the customer id is removed from the log, the onward "
						+ "notices keep it as proof the recipients were told (Art. 19)");
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	@Transactional
	public int reencrypt(FieldEncryption encryption) {
		return noticeRows.reencrypt(encryption);
	}
}
