package io.custodian.security.internal;

import java.util.Collection;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A staff member signed in with a password; a session holding one is re-checked on every request. */
final class StaffAuthentication extends UsernamePasswordAuthenticationToken {

	private static final long serialVersionUID = 1L;

	StaffAuthentication(Object principal, Collection<? extends GrantedAuthority> authorities, Object details) {
		super(principal, null, authorities);
		setDetails(details);
	}
}
