package io.custodian.account;

import java.util.Optional;
import java.util.UUID;

import io.custodian.account.internal.SignedInCustomer;
import org.springframework.security.core.context.SecurityContextHolder;

/** The customer signed in to the privacy center in the current request (pages under {@code /account/**}), if any. */
public final class SignedInCustomers {

	private SignedInCustomers() {
	}

	public static Optional<UUID> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInCustomer customer
				? Optional.of(customer.customerId()) : Optional.empty();
	}
}
