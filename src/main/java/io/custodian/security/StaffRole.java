package io.custodian.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The roles a staff member can hold, each with the API scopes it may exercise. */
public enum StaffRole {

	ADMIN("admin", EnumSet.allOf(Scope.class)),
	PRIVACY_OFFICER("privacy-officer", EnumSet.of(Scope.CUSTOMERS_READ, Scope.CUSTOMERS_WRITE, Scope.CUSTOMERS_IMPORT,
			Scope.AUDIT_READ, Scope.REQUESTS_MANAGE, Scope.ANALYTICS_READ, Scope.SITES_MANAGE, Scope.DISCLOSURES_READ,
			Scope.DISCLOSURES_MANAGE, Scope.TOKENS_ISSUE, Scope.SUPPORT_CASES, Scope.OPINIONS_MANAGE, Scope.OPINIONS_READ)),
	SUPPORT("support", EnumSet.of(Scope.CUSTOMERS_READ, Scope.CUSTOMERS_WRITE, Scope.REQUESTS_MANAGE, Scope.DISCLOSURES_READ,
			Scope.TOKENS_ISSUE, Scope.SUPPORT_CASES, Scope.SHIPMENTS_MANAGE)),
	MARKETING("marketing", EnumSet.of(Scope.CUSTOMERS_READ, Scope.ANALYTICS_READ, Scope.TOKENS_ISSUE, Scope.NEWS_SEND,
			Scope.OPINIONS_MANAGE, Scope.OPINIONS_READ, Scope.SHIPMENTS_MANAGE)),
	ANALYST("analyst", EnumSet.of(Scope.CUSTOMERS_READ, Scope.ANALYTICS_READ, Scope.TOKENS_ISSUE, Scope.OPINIONS_READ));

	private final String id;

	private final Set<Scope> scopes;

	StaffRole(String id, Set<Scope> scopes) {
		this.id = id;
		this.scopes = scopes;
	}

	public String id() {
		return id;
	}

	public Set<Scope> scopes() {
		return scopes;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	public static Optional<StaffRole> fromId(String id) {
		return Arrays.stream(values()).filter(r -> r.id.equalsIgnoreCase(id) || r.name().equalsIgnoreCase(id)).findFirst();
	}
}
