package io.custodian.customer.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.custodian.customer.CustomerField;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Finds customers by email through the blind index and keeps every email on one customer only. */
@Component
class CustomerEmails {

	private final Customers customers;

	private final FieldCrypto crypto;

	CustomerEmails(Customers customers, FieldCrypto crypto) {
		this.customers = customers;
		this.crypto = crypto;
	}

	/** The customer with this email, which is already validated and normalized. */
	Optional<UUID> owner(String email) {
		return customers.findByEmailIndex(crypto.emailIndex(email));
	}

	/** The customer with this email as given; empty when it is not a valid email. */
	Optional<UUID> find(String email) {
		var checked = validate(email);
		return checked.isValid() ? owner(checked.value()) : Optional.empty();
	}

	/** The customer with this email as given; refuses an invalid email and answers not found for an unknown one. */
	UUID require(String email) {
		var checked = validate(email);
		if (!checked.isValid()) {
			throw new InvalidInput("email", checked.reason());
		}
		return owner(checked.value()).orElseThrow(() -> Problems.notFound("A customer with this email"));
	}

	/** Inserts the row of a new customer, refusing an email another customer has. */
	void insertCustomer(UUID id, String email, Instant now) {
		if (owner(email).isPresent()) {
			throw duplicate();
		}
		try {
			customers.insert(id, crypto.emailIndex(email), now);
		}
		catch (DuplicateKeyException e) {
			throw duplicate();
		}
	}

	/** Gives the customer a new email, refusing one another customer has. */
	void change(UUID id, String email) {
		var index = crypto.emailIndex(email);
		var owner = customers.findByEmailIndex(index);
		if (owner.isPresent() && !owner.get().equals(id)) {
			throw duplicate();
		}
		customers.changeEmailIndex(id, index);
	}

	private static CustomerField.Validated validate(String email) {
		return CustomerField.EMAIL.validate(email == null ? "" : email);
	}

	private static RuntimeException duplicate() {
		return Problems.conflict("A customer with this email already exists");
	}
}
