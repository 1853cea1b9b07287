package io.custodian.shipment.internal;

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
import io.custodian.shipment.Shipment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments in the personal-data map. A restriction needs nothing here: creating and handing over a shipment read the
 * customer's state in the vault each time and refuse a suspended customer, and what follows a hand-over (shipped,
 * delivered, returned, cancelled) reads no personal data. Erasure deletes gift shipments and keeps product shipments
 * unlinked from the person, without note or tracking number, as accounting records.
 */
@Component
class ShipmentDataStore implements PersonalDataStore, EncryptedStore {

	static final String KEPT = "product shipments (items, status, dates), no longer linked to the person, without "
			+ "note or tracking number";

	static final String REASON = "records of goods delivered under a contract are kept for accounting and tax "
			+ "(GDPR Art. 17(3)(b), e.g. HGB §257 and AO §147: up to ten years)";

	private final ShipmentRows rows;

	private final AuditTrail audit;

	ShipmentDataStore(ShipmentRows rows, AuditTrail audit) {
		this.rows = rows;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var shipments = rows.ofCustomer(subject.customerId()).stream().map(ShipmentDataStore::export).toList();
		var export = new LinkedHashMap<String, Object>();
		if (!shipments.isEmpty()) {
			export.put("shipments", shipments);
		}
		return export;
	}

	private static Map<String, Object> export(Shipment s) {
		var entry = new LinkedHashMap<String, Object>();
		entry.put("id", s.id());
		entry.put("kind", s.kind());
		entry.put("status", s.status());
		entry.put("items", s.items());
		entry.put("note", s.note());
		entry.put("processor", s.processorId());
		entry.put("disclosure", s.disclosureId());
		entry.put("carrier", s.carrier());
		entry.put("trackingNumber", s.trackingNumber());
		entry.put("createdAt", s.createdAt());
		entry.put("updatedAt", s.updatedAt());
		entry.values().removeIf(java.util.Objects::isNull);
		return entry;
	}

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
		var removed = rows.deleteGifts(customer);
		var kept = rows.unlinkProducts(customer);
		if (removed + kept > 0) {
			audit.record(AuditEvent.of("personal-data.erased", customer)
				.detail("shipments: " + removed + " rows removed, " + kept + " product shipments unlinked"));
		}
		return kept == 0 ? ErasureOutcome.removed(name(), removed)
				: new ErasureOutcome(name(), removed, kept + " " + KEPT, REASON);
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription(name(), "Gifts and products shipped to a customer: items, note (encrypted), the "
				+ "shipping processor, the disclosure that gave it the address, carrier and tracking number (encrypted) "
				+ "and the status; never the address itself",
				List.of("shipments", "shipment_items"),
				List.of("kind", "items", "note", "processor", "disclosure", "carrier", "trackingNumber", "status"),
				List.of("gifts"), "until the customer is erased; product shipments then stay unlinked for accounting "
						+ "(up to ten years)");
	}

	@Override
	public String name() {
		return "shipments";
	}

	@Override
	@Transactional
	public int reencrypt(FieldEncryption encryption) {
		return rows.reencrypt(encryption);
	}
}
