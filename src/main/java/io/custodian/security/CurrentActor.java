package io.custodian.security;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in the current request: the staff member's name and role. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<StaffRole> role() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		return authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.flatMap(a -> Arrays.stream(StaffRole.values()).filter(r -> r.authority().equals(a)))
			.findFirst();
	}

	public static String name() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "anonymous" : authentication.getName();
	}
}
