package io.custodian.customer.internal;

import java.io.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerSettings;
import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.CustomerView;
import io.custodian.customer.ImportReport;
import io.custodian.customer.NewCustomer;
import io.custodian.system.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vault: one transaction per call around registration, guarded reads, updates and verification. */
@Service
class DefaultCustomerVault implements CustomerVault {

	private final Customers customers;

	private final CustomerEmails emails;

	private final CustomerRegistration registration;

	private final CustomerReader reader;

	private final CustomerUpdate updates;

	private final CustomerSummaries summaries;

	private final FieldVerification verification;

	private final CsvImport csvImport;

	DefaultCustomerVault(Customers customers, CustomerEmails emails, CustomerRegistration registration,
			CustomerReader reader, CustomerUpdate updates, CustomerSummaries summaries, FieldVerification verification,
			CustomerSettings settings) {
		this.customers = customers;
		this.emails = emails;
		this.registration = registration;
		this.reader = reader;
		this.updates = updates;
		this.summaries = summaries;
		this.verification = verification;
		this.csvImport = new CsvImport(settings.importMaxRows());
	}

	@Override
	@Transactional
	public UUID register(NewCustomer customer) {
		return registration.register(customer);
	}

	@Override
	@Transactional
	public CustomerView read(UUID id, String purpose) {
		return reader.read(id, purpose);
	}

	@Override
	@Transactional
	public CustomerView readByEmail(String email, String purpose) {
		return reader.read(() -> emails.require(email), purpose);
	}

	@Override
	@Transactional
	public CustomerSummary update(UUID id, CustomerPatch patch) {
		return updates.apply(id, patch, false);
	}

	@Override
	@Transactional
	public CustomerSummary withdraw(UUID id, CustomerPatch patch) {
		return updates.apply(id, patch, true);
	}

	@Override
	@Transactional(readOnly = true)
	public CustomerSummary summary(UUID id) {
		return summaries.of(customers.find(id).orElseThrow(() -> Problems.notFound("Customer " + id)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CustomerSummary> summaries(Collection<UUID> ids) {
		return ids.stream().distinct().map(customers::find).flatMap(Optional::stream).map(summaries::of).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CustomerSummary> latest(int limit) {
		return customers.latest(Math.max(1, Math.min(limit, 200))).stream().map(summaries::of).toList();
	}

	@Override
	@Transactional
	public CustomerSummary confirm(UUID id, Collection<String> fields) {
		return verification.confirm(id, fields);
	}

	@Override
	@Transactional(readOnly = true)
	public StalePage stale(int limit, int offset) {
		return verification.stale(limit, offset);
	}

	@Override
	@Transactional
	public ImportReport importCsv(Reader csv, boolean dryRun) {
		return csvImport.run(csv, dryRun, registration::register, email -> emails.owner(email).isPresent());
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return customers.count();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> idByEmail(String email) {
		return emails.find(email);
	}

	@Override
	@Transactional
	public String emailOnFile(UUID id, String reason) {
		return reader.emailOnFile(id, reason);
	}
}
