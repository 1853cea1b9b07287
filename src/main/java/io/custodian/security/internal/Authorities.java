package io.custodian.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.custodian.security.Scope;
import io.custodian.security.StaffRole;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The granted authorities of a role and a set of scopes: ROLE_X and SCOPE_y. */
final class Authorities {

	private Authorities() {
	}

	static List<SimpleGrantedAuthority> of(StaffRole role, Collection<Scope> scopes) {
		var authorities = new ArrayList<SimpleGrantedAuthority>();
		authorities.add(new SimpleGrantedAuthority(role.authority()));
		scopes.stream().filter(role.scopes()::contains).forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
		return authorities;
	}
}
