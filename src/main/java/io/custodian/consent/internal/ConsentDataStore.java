package io.custodian.consent.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent records in the personal-data map. Erasure removes the device details and the link to the customer but
 * keeps the pseudonymous decision itself: it is the proof of consent the law asks the controller to be able to show
 * (GDPR Art. 7(1)), and it no longer identifies anyone.
 */
@Component
class ConsentDataStore implements PersonalDataStore, ConsentLinks {

	private final ConsentRecords records;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ConsentDataStore(ConsentRecords records, JdbcClient jdbc, AuditTrail audit) {
		this.records = records;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void link(String consentId, UUID customerId) {
		jdbc.sql("DELETE FROM consent_links WHERE consent_id = :id").param("id", consentId).update();
		jdbc.sql("INSERT INTO consent_links (consent_id, customer_id, linked_at) VALUES (:id, :customer, :now)")
			.param("id", consentId).param("customer", customerId).param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		audit.record(AuditEvent.of("consent.linked", customerId));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var ids = consentIds(subject);
		var export = new LinkedHashMap<String, Object>();
		export.put("consentIds", ids);
		export.put("records", records.historyOf(ids));
		return export;
	}

	@Override
	public void restrict(DataSubject subject) {
		// consent records are not processed for any purpose but proof; nothing to stop
	}

	@Override
	public void lift(DataSubject subject) {
		// see restrict
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var ids = consentIds(subject);
		var details = records.eraseDetails(ids);
		var links = subject.customerId() == null ? 0
				: jdbc.sql("DELETE FROM consent_links WHERE customer_id = :c").param("c", subject.customerId()).update();
		audit.record(AuditEvent.of("consent.erased", subject.customerId()).detail(details + " device details, " + links + " links"));
		return new ErasureOutcome("consent", details + links,
				"the pseudonymous decisions (categories, time, texts' versions) of " + ids.size() + " consent ids",
				"proof of consent (GDPR Art. 7(1)); the device details and the link to the person were removed");
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription("consent", "Consent decisions as proof: categories granted and denied, texts' "
				+ "versions, time, cause; the device's User-Agent and truncated IP beside them",
				List.of("consent_records", "consent_record_details", "consent_links"),
				List.of("consent_id", "granted", "denied", "cause", "user_agent", "ip (truncated)", "customer link"),
				List.of("legal-obligation"), "as long as the consent is relied on; device details until erasure");
	}

	private List<String> consentIds(DataSubject subject) {
		var ids = new HashSet<>(subject.consentIds());
		if (subject.customerId() != null) {
			ids.addAll(jdbc.sql("SELECT consent_id FROM consent_links WHERE customer_id = :c")
				.param("c", subject.customerId()).query(String.class).list());
		}
		return List.copyOf(ids);
	}
}
