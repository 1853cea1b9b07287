package io.custodian.customer.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerField;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import io.custodian.security.EncryptedStore;
import io.custodian.security.FieldEncryption;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The customer vault's part of the personal-data map, and its re-encryption after a key rotation. */
@Component
class CustomerDataStore implements PersonalDataStore, EncryptedStore {

	private final Customers customers;

	private final FieldCrypto crypto;

	private final AuditTrail audit;

	CustomerDataStore(Customers customers, FieldCrypto crypto, AuditTrail audit) {
		this.customers = customers;
		this.crypto = crypto;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Map<String, Object> export(DataSubject subject) {
		var id = subject.customerId();
		var export = new LinkedHashMap<String, Object>();
		customers.find(id).ifPresent(customer -> {
			var fields = new TreeMap<String, Object>();
			customers.fields(id).forEach(field -> {
				var entry = new LinkedHashMap<String, Object>();
				entry.put("value", crypto.decrypt(id, field.key(), field.ciphertext()));
				entry.put("source", field.source());
				entry.put("purposes", field.purposes());
				entry.put("updatedAt", field.updatedAt());
				entry.put("verifiedAt", field.verifiedAt());
				fields.put(field.key(), entry);
			});
			export.put("id", id);
			export.put("status", customer.status());
			export.put("createdAt", customer.createdAt());
			export.put("fields", fields);
			export.put("consentedPurposes", customers.consents(id));
			audit.record(AuditEvent.of("personal-data.exported", id).fields(fields.keySet()));
		});
		return export;
	}

	@Override
	@Transactional
	public void restrict(DataSubject subject) {
		if (customers.setStatus(subject.customerId(), CustomerRecord.RESTRICTED) > 0) {
			audit.record(AuditEvent.of("personal-data.restricted", subject.customerId()));
		}
	}

	@Override
	@Transactional
	public void lift(DataSubject subject) {
		if (customers.setStatus(subject.customerId(), CustomerRecord.ACTIVE) > 0) {
			audit.record(AuditEvent.of("personal-data.restriction-lifted", subject.customerId()));
		}
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var rows = customers.delete(subject.customerId());
		audit.record(AuditEvent.of("personal-data.erased", subject.customerId()).detail(rows + " rows"));
		return ErasureOutcome.removed(name(), rows);
	}

	@Override
	public StoreDescription describe() {
		var fields = new java.util.ArrayList<String>();
		for (var field : CustomerField.values()) {
			fields.add(field.key());
		}
		fields.add(CustomerField.ATTRIBUTE_PREFIX + "*");
		return new StoreDescription(name(), "Information customers give: profile fields, each encrypted, with source, "
				+ "purposes, update and verification times; purposes the customer consented to",
				List.of("customers", "customer_fields", "customer_purpose_consents"), fields,
				List.of("support", "feedback", "product-news", "gifts", "analytics", "legal-obligation"),
				"until the customer asks for erasure");
	}

	@Override
	public String name() {
		return "customer";
	}

	@Override
	@Transactional
	public int reencrypt(FieldEncryption encryption) {
		var rewritten = new AtomicInteger();
		customers.forEachField(row -> {
			if (!encryption.isCurrent(row.ciphertext())) {
				var value = crypto.decrypt(row.customerId(), row.key(), row.ciphertext());
				customers.rewriteCiphertext(row.customerId(), row.key(), crypto.encrypt(row.customerId(), row.key(), value));
				rewritten.incrementAndGet();
			}
		});
		return rewritten.get();
	}
}
