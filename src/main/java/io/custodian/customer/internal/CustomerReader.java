package io.custodian.customer.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerView;
import io.custodian.customer.FieldInfo;
import io.custodian.purpose.PurposeGuard;
import io.custodian.purpose.SubjectState;
import io.custodian.system.Problems;
import org.springframework.stereotype.Component;

/** Decrypts the values a purpose may see, past the purpose guard, and records every read in the audit chain. */
@Component
class CustomerReader {

	private final Customers customers;

	private final FieldCrypto crypto;

	private final PurposeGuard guard;

	private final AuditTrail audit;

	CustomerReader(Customers customers, FieldCrypto crypto, PurposeGuard guard, AuditTrail audit) {
		this.customers = customers;
		this.crypto = crypto;
		this.guard = guard;
		this.audit = audit;
	}

	CustomerView read(UUID id, String purpose) {
		return read(() -> id, purpose);
	}

	/**
	 * Reads the customer the lookup finds, after checking that the caller's role may use the purpose at all, so a
	 * refusal reads the same whether or not the customer exists.
	 */
	CustomerView read(Supplier<UUID> lookup, String purpose) {
		guard.authorizeRole(purpose);
		var id = lookup.get();
		var customer = customers.find(id).orElseThrow(() -> Problems.notFound("Customer " + id));
		var fields = customers.fields(id);
		var consents = customers.consents(id);
		var permit = guard.authorize(purpose,
				new SubjectState(id.toString(), customer.restricted(), collectedFor(fields), consents));
		var values = new LinkedHashMap<String, String>();
		var attributes = new TreeMap<String, String>();
		var metadata = new TreeMap<String, FieldInfo>();
		for (var field : fields) {
			metadata.put(field.key(), field.info());
			if (permit.allows(CustomerField.categoryOf(field.key()), field.purposes())) {
				put(field, crypto.decrypt(id, field.key(), field.ciphertext()), values, attributes);
			}
		}
		audit.record(AuditEvent.of("personal-data.read", id).purpose(purpose).fields(shown(values, attributes)));
		return new CustomerView(id, purpose, customer.status(), values, attributes, metadata, consents);
	}

	/** The email on file, read for a legal obligation and recorded with the reason. */
	String emailOnFile(UUID id, String reason) {
		var field = customers.fields(id).stream().filter(f -> f.key().equals(CustomerField.EMAIL.key())).findFirst()
			.orElseThrow(() -> Problems.notFound("Customer " + id));
		audit.record(AuditEvent.of("personal-data.read", id).purpose("legal-obligation")
			.fields(List.of(CustomerField.EMAIL.key())).detail(reason));
		return crypto.decrypt(id, field.key(), field.ciphertext());
	}

	private static Set<String> collectedFor(List<StoredField> fields) {
		var purposes = new HashSet<String>();
		fields.forEach(f -> purposes.addAll(f.purposes()));
		return purposes;
	}

	private static void put(StoredField field, String value, Map<String, String> values,
			Map<String, String> attributes) {
		if (field.key().startsWith(CustomerField.ATTRIBUTE_PREFIX)) {
			attributes.put(field.key().substring(CustomerField.ATTRIBUTE_PREFIX.length()), value);
		}
		else {
			values.put(field.key(), value);
		}
	}

	private static Set<String> shown(Map<String, String> values, Map<String, String> attributes) {
		var shown = new TreeSet<>(values.keySet());
		attributes.keySet().forEach(k -> shown.add(CustomerField.ATTRIBUTE_PREFIX + k));
		return shown;
	}
}
