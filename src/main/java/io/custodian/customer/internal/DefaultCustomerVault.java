package io.custodian.customer.internal;

import java.io.Reader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerField;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerRegistered;
import io.custodian.customer.CustomerSettings;
import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerUpdated;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.CustomerView;
import io.custodian.customer.FieldSource;
import io.custodian.customer.ImportReport;
import io.custodian.customer.NewCustomer;
import io.custodian.purpose.PurposeGuard;
import io.custodian.purpose.SubjectState;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vault: validation, encryption, the purpose guard and the audit chain around the customer tables. */
@Service
class DefaultCustomerVault implements CustomerVault {

	private final Customers customers;

	private final FieldCrypto crypto;

	private final CustomerValidation validation;

	private final PurposeGuard guard;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CustomerSettings settings;

	private final CsvImport csvImport;

	DefaultCustomerVault(Customers customers, FieldCrypto crypto, CustomerValidation validation, PurposeGuard guard,
			AuditTrail audit, ApplicationEventPublisher events, CustomerSettings settings) {
		this.customers = customers;
		this.crypto = crypto;
		this.validation = validation;
		this.guard = guard;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.csvImport = new CsvImport(settings.importMaxRows());
	}

	@Override
	@Transactional
	public UUID register(NewCustomer customer) {
		if (customer.email() == null) {
			throw new InvalidInput("email", "is required");
		}
		if (customer.purposes().isEmpty()) {
			throw new InvalidInput("purposes", "name at least one purpose the data is collected for");
		}
		var checked = validation.check(customer.values(), customer.attributes(), customer.source(),
				customer.purposes(), customer.consentedPurposes(), null);
		var id = UUID.randomUUID();
		var now = now();
		var email = checked.values().get(CustomerField.EMAIL.key());
		if (customers.findByEmailIndex(crypto.emailIndex(email)).isPresent()) {
			throw duplicateEmail();
		}
		try {
			customers.insert(id, crypto.emailIndex(email), now);
		}
		catch (DuplicateKeyException e) {
			throw duplicateEmail();
		}
		var verified = checked.source().fromCustomer() ? now : null;
		checked.values().forEach((key, value) -> customers.upsertField(id, new StoredField(key,
				crypto.encrypt(id, key, value), checked.source().id(), Set.copyOf(customer.purposes()), now, verified)));
		customers.replaceConsents(id, customer.consentedPurposes(), now);
		audit.record(AuditEvent.of("personal-data.created", id).fields(checked.values().keySet())
			.detail("source " + checked.source().id()));
		events.publishEvent(new CustomerRegistered(id, checked.source().id()));
		return id;
	}

	@Override
	@Transactional
	public CustomerView read(UUID id, String purpose) {
		var customer = customers.find(id).orElseThrow(() -> Problems.notFound("Customer " + id));
		var fields = customers.fields(id);
		var consents = customers.consents(id);
		var collectedFor = new HashSet<String>();
		fields.forEach(f -> collectedFor.addAll(f.purposes()));
		var permit = guard.authorize(purpose, new SubjectState(id.toString(), customer.restricted(), collectedFor, consents));
		var values = new LinkedHashMap<String, String>();
		var attributes = new TreeMap<String, String>();
		var metadata = new TreeMap<String, io.custodian.customer.FieldInfo>();
		for (var field : fields) {
			metadata.put(field.key(), field.info());
			if (!permit.allows(CustomerField.categoryOf(field.key()), field.purposes())) {
				continue;
			}
			var value = crypto.decrypt(id, field.key(), field.ciphertext());
			if (field.key().startsWith(CustomerField.ATTRIBUTE_PREFIX)) {
				attributes.put(field.key().substring(CustomerField.ATTRIBUTE_PREFIX.length()), value);
			}
			else {
				values.put(field.key(), value);
			}
		}
		var shown = new TreeSet<>(values.keySet());
		attributes.keySet().forEach(k -> shown.add(CustomerField.ATTRIBUTE_PREFIX + k));
		audit.record(AuditEvent.of("personal-data.read", id).purpose(purpose).fields(shown));
		return new CustomerView(id, purpose, customer.status(), values, attributes, metadata, consents);
	}

	@Override
	@Transactional
	public CustomerView readByEmail(String email, String purpose) {
		var checked = CustomerField.EMAIL.validate(email == null ? "" : email);
		if (!checked.isValid()) {
			throw new InvalidInput("email", checked.reason());
		}
		var id = customers.findByEmailIndex(crypto.emailIndex(checked.value()))
			.orElseThrow(() -> Problems.notFound("A customer with this email"));
		return read(id, purpose);
	}

	@Override
	@Transactional
	public CustomerSummary update(UUID id, CustomerPatch patch) {
		var customer = customers.find(id).orElseThrow(() -> Problems.notFound("Customer " + id));
		var existing = customers.fields(id);
		var errors = new java.util.ArrayList<InvalidInput.FieldError>();
		patch.remove().stream().filter(k -> CustomerField.fromKey(k).isEmpty())
			.forEach(k -> errors.add(new InvalidInput.FieldError(k, "is not a customer field")));
		if (patch.remove().contains(CustomerField.EMAIL.key())) {
			errors.add(new InvalidInput.FieldError("email", "cannot be removed; replace it or erase the customer"));
		}
		validation.checkAttributeKeys(patch.removeAttributes(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var checked = validation.check(patch.set(), patch.setAttributes(), patch.source(), patch.purposes(),
				patch.consentedPurposes(), FieldSource.STAFF);
		var now = now();
		var email = checked.values().get(CustomerField.EMAIL.key());
		if (email != null) {
			var index = crypto.emailIndex(email);
			var owner = customers.findByEmailIndex(index);
			if (owner.isPresent() && !owner.get().equals(id)) {
				throw duplicateEmail();
			}
			customers.changeEmailIndex(id, index);
		}
		var collectedFor = patch.purposes() != null && !patch.purposes().isEmpty() ? Set.copyOf(patch.purposes()) : null;
		var verified = checked.source().fromCustomer() ? now : null;
		for (var entry : checked.values().entrySet()) {
			var previous = existing.stream().filter(f -> f.key().equals(entry.getKey())).findFirst();
			var purposes = collectedFor != null ? collectedFor : previous.map(StoredField::purposes)
				.orElseGet(() -> allPurposes(existing));
			customers.upsertField(id, new StoredField(entry.getKey(), crypto.encrypt(id, entry.getKey(), entry.getValue()),
					checked.source().id(), purposes, now, verified));
		}
		var removed = new TreeSet<>(patch.remove());
		patch.removeAttributes().forEach(k -> removed.add(CustomerField.ATTRIBUTE_PREFIX + k));
		removed.forEach(key -> customers.deleteField(id, key));
		if (patch.consentedPurposes() != null) {
			customers.replaceConsents(id, patch.consentedPurposes(), now);
		}
		customers.touch(id, now);
		var changed = new TreeSet<>(checked.values().keySet());
		changed.addAll(removed);
		audit.record(AuditEvent.of("personal-data.updated", id).fields(changed)
			.detail("source " + checked.source().id() + (patch.consentedPurposes() != null ? ", consents changed" : "")));
		events.publishEvent(new CustomerUpdated(id, changed, checked.source().id()));
		return summarize(customers.find(id).orElse(customer));
	}

	@Override
	@Transactional(readOnly = true)
	public CustomerSummary summary(UUID id) {
		return summarize(customers.find(id).orElseThrow(() -> Problems.notFound("Customer " + id)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CustomerSummary> latest(int limit) {
		return customers.latest(Math.max(1, Math.min(limit, 200))).stream().map(this::summarize).toList();
	}

	@Override
	@Transactional
	public CustomerSummary confirm(UUID id, Collection<String> fields) {
		var customer = customers.find(id).orElseThrow(() -> Problems.notFound("Customer " + id));
		var stored = customers.fields(id).stream().map(StoredField::key).toList();
		var keys = fields == null || fields.isEmpty() ? stored : List.copyOf(fields);
		var unknown = keys.stream().filter(k -> !stored.contains(k)).toList();
		if (!unknown.isEmpty()) {
			throw new InvalidInput("fields", "the customer has no field " + String.join(", ", unknown));
		}
		if (!keys.isEmpty()) {
			customers.verify(id, keys, now());
		}
		audit.record(AuditEvent.of("personal-data.confirmed", id).fields(keys));
		return summarize(customer);
	}

	@Override
	@Transactional(readOnly = true)
	public StalePage stale(int limit, int offset) {
		var before = now().minus(settings.verificationPeriod());
		return new StalePage(customers.stale(before, Math.max(1, Math.min(limit, 500)), Math.max(0, offset)),
				customers.countStale(before), before);
	}

	@Override
	@Transactional
	public ImportReport importCsv(Reader csv, boolean dryRun) {
		return csvImport.run(csv, dryRun, this::register, email -> customers
			.findByEmailIndex(crypto.emailIndex(email)).isPresent());
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return customers.count();
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<UUID> idByEmail(String email) {
		var checked = CustomerField.EMAIL.validate(email == null ? "" : email);
		return checked.isValid() ? customers.findByEmailIndex(crypto.emailIndex(checked.value())) : java.util.Optional.empty();
	}

	@Override
	@Transactional
	public String emailOnFile(UUID id, String reason) {
		var field = customers.fields(id).stream().filter(f -> f.key().equals(CustomerField.EMAIL.key())).findFirst()
			.orElseThrow(() -> Problems.notFound("Customer " + id));
		audit.record(AuditEvent.of("personal-data.read", id).purpose("legal-obligation")
			.fields(List.of(CustomerField.EMAIL.key())).detail(reason));
		return crypto.decrypt(id, field.key(), field.ciphertext());
	}

	private CustomerSummary summarize(CustomerRecord customer) {
		var fields = new TreeMap<String, io.custodian.customer.FieldInfo>();
		customers.fields(customer.id()).forEach(f -> fields.put(f.key(), f.info()));
		return new CustomerSummary(customer.id(), customer.status(), customer.createdAt(), customer.updatedAt(), fields,
				customers.consents(customer.id()));
	}

	private static Set<String> allPurposes(List<StoredField> fields) {
		var purposes = new TreeSet<String>();
		fields.forEach(f -> purposes.addAll(f.purposes()));
		return purposes;
	}

	private static RuntimeException duplicateEmail() {
		return Problems.conflict("A customer with this email already exists");
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}
}
