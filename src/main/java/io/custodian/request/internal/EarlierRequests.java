package io.custodian.request.internal;

import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerRegistered;
import io.custodian.customer.CustomerUpdated;
import io.custodian.customer.CustomerVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Gives a customer the privacy requests sent earlier from their email address, when they register or their email
 * changes: such a request can then be verified with a code to the address on file, and the customer's export and
 * erasure cover it. Delivered after the change commits, and again after a crash until done.
 */
@Component
class EarlierRequests {

	private final JdbcClient jdbc;

	private final CustomerVault vault;

	private final RequestCrypto crypto;

	private final AuditTrail audit;

	EarlierRequests(JdbcClient jdbc, CustomerVault vault, RequestCrypto crypto, AuditTrail audit) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.crypto = crypto;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void link(CustomerRegistered registered) {
		link(registered.customerId(), "privacy requests sent from this address before the registration");
	}

	@ApplicationModuleListener
	void link(CustomerUpdated updated) {
		if (updated.fields().contains("email")) {
			link(updated.customerId(), "privacy requests sent from this address before it was on file");
		}
	}

	private void link(UUID customer, String reason) {
		if (!anyUnlinked()) {
			return;
		}
		String email;
		try {
			email = vault.emailOnFile(customer, reason);
		}
		catch (ErrorResponseException removed) {
			return;
		}
		int linked = jdbc.sql("UPDATE privacy_requests SET customer_id = :customer"
				+ " WHERE email_index = :email AND customer_id IS NULL")
			.param("customer", customer)
			.param("email", crypto.emailIndex(email))
			.update();
		if (linked > 0) {
			audit.record(AuditEvent.of("request.linked", customer)
				.detail(linked + " earlier privacy request(s) from the same address"));
		}
	}

	/** Whether any request belongs to no customer, so that most registrations read no email. */
	private boolean anyUnlinked() {
		return jdbc.sql("SELECT 1 FROM privacy_requests WHERE customer_id IS NULL LIMIT 1").query().listOfRows()
			.size() > 0;
	}
}
