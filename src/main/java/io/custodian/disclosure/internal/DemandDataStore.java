package io.custodian.disclosure.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
import io.custodian.security.EncryptedStore;
import io.custodian.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal demands in the personal-data map. The export lists the demands naming the customer (authority, reference,
 * status, what was disclosed, the notice), except one whose notice a prohibition still defers: telling the customer
 * through the export would break the prohibition (GDPR Art. 23). Erasure keeps the demand, which the law requires,
 * and removes the customer from it and their notices.
 */
@Component
class DemandDataStore implements PersonalDataStore, EncryptedStore {

	static final String NAME = "legal-demands";

	private final JdbcClient jdbc;

	private final DemandRows rows;

	private final DemandCrypto crypto;

	private final AuditTrail audit;

	DemandDataStore(JdbcClient jdbc, DemandRows rows, DemandCrypto crypto, AuditTrail audit) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.crypto = crypto;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var today = LocalDate.now(ZoneOffset.UTC);
		var demands = jdbc.sql("SELECT DISTINCT demand_id FROM disclosure_demand_customers WHERE customer_id = :c")
			.param("c", subject.customerId()).query(UUID.class).list().stream().map(id -> rows.find(id).orElseThrow())
			.filter(d -> !d.noticeWithheldOn(today))
			.map(d -> export(d, subject.customerId())).toList();
		return demands.isEmpty() ? Map.of() : Map.of("legalDemands", demands);
	}

	private static Map<String, Object> export(LegalDemand d, UUID customer) {
		var entry = new LinkedHashMap<String, Object>();
		entry.put("authority", d.authority());
		entry.put("reference", d.reference());
		entry.put("legalBasis", d.legalBasis());
		entry.put("receivedAt", d.receivedAt());
		entry.put("status", d.status());
		entry.put("decision", d.decision());
		var disclosed = d.disclosureId() != null && d.notices().stream().anyMatch(n -> n.customerId().equals(customer));
		entry.put("disclosedFields", disclosed ? d.grantedFields() : List.of());
		entry.put("disclosureId", disclosed ? d.disclosureId() : null);
		entry.put("disclosedAt", disclosed ? d.packagedAt() : null);
		d.notices().stream().filter(n -> n.customerId().equals(customer)).findFirst()
			.ifPresent(n -> entry.put("notice", n.status()));
		return entry;
	}

	/** Nothing to hold back: packaging a demand leaves a suspended customer out and names them. */
	@Override
	public void restrict(DataSubject subject) {
	}

	@Override
	public void lift(DataSubject subject) {
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var customer = subject.customerId();
		var notices = jdbc.sql("DELETE FROM disclosure_demand_notices WHERE customer_id = :c").param("c", customer)
			.update();
		var unlinked = jdbc.sql("UPDATE disclosure_demand_customers SET customer_id = NULL WHERE customer_id = :c")
			.param("c", customer).update();
		audit.record(AuditEvent.of("personal-data.erased", customer).detail(NAME + ": " + notices
				+ " notices removed, " + unlinked + " demands unlinked"));
		return new ErasureOutcome(NAME, notices, unlinked == 0 ? null
				: unlinked + " legal demand(s) (authority, reference, legal basis, decision), no longer naming the customer",
				unlinked == 0 ? null : "the demands and their answers must be kept as proof of a lawful disclosure "
						+ "under a legal obligation (GDPR Art. 6(1)(c), 5(2)); the customer id is removed");
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription(NAME, "Legal demands from authorities naming the customer: reference, legal basis "
				+ "(encrypted), decision, what was disclosed, and the notice sent to the customer",
				List.of("disclosure_demands", "disclosure_demand_customers", "disclosure_demand_notices"),
				List.of("customerId", "authority", "reference", "legalBasis", "decision", "fields", "notice"),
				List.of("legal-obligation"), "kept as proof of the legal obligation; on erasure the customer id is removed");
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	@Transactional
	public int reencrypt(FieldEncryption encryption) {
		return crypto.reencrypt(encryption);
	}
}
