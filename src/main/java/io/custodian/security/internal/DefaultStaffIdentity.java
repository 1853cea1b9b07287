package io.custodian.security.internal;

import java.util.Optional;

import io.custodian.security.Scope;
import io.custodian.security.StaffIdentity;
import io.custodian.security.StaffRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Sets the member's current authorities for the work's duration and restores the previous context afterwards. */
@Component
class DefaultStaffIdentity implements StaffIdentity {

	private final StaffAccounts accounts;

	DefaultStaffIdentity(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean runAs(String username, Scope required, Runnable work) {
		var current = currentRole(username, required);
		if (current.isEmpty()) {
			return false;
		}
		var role = current.get();
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				Authorities.of(role, role.scopes())));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
		return true;
	}

	@Override
	public Optional<StaffRole> currentRole(String username, Scope required) {
		return accounts.byUsername(username).filter(StaffAccounts.StaffAccount::enabled)
			.map(StaffAccounts.StaffAccount::role).filter(role -> role.scopes().contains(required));
	}
}
