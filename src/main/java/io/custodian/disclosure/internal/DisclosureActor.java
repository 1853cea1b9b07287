package io.custodian.disclosure.internal;

import io.custodian.security.CurrentActor;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who a disclosure is recorded as made by: {@code recipient-credential:<id>} for a recipient's own pull, else the staff member. */
final class DisclosureActor {

	private DisclosureActor() {
	}

	static String current() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof RecipientAuthentication recipient) {
			return recipient.getName();
		}
		return "staff:" + CurrentActor.name();
	}
}
