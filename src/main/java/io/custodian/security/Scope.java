package io.custodian.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API token may do; a token never exceeds its owner's current role, and a token issues further tokens only
 * with {@link #TOKENS_ISSUE} and only within its own scopes.
 */
public enum Scope {

	CUSTOMERS_READ("customers:read"), CUSTOMERS_WRITE("customers:write"), CUSTOMERS_IMPORT("customers:import"),
	AUDIT_READ("audit:read"), STAFF_MANAGE("staff:manage"), KEYS_MANAGE("keys:manage"),
	REQUESTS_MANAGE("requests:manage"), ANALYTICS_READ("analytics:read"), SITES_MANAGE("sites:manage"),
	DISCLOSURES_READ("disclosures:read"), DISCLOSURES_MANAGE("disclosures:manage"), TOKENS_ISSUE("tokens:issue"),
	NEWS_SEND("news:send"), SUPPORT_CASES("support:cases"), OPINIONS_MANAGE("opinions:manage"), OPINIONS_READ("opinions:read"),
	SHIPMENTS_MANAGE("shipments:manage");

	private final String id;

	Scope(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public String authority() {
		return "SCOPE_" + id;
	}

	public static Optional<Scope> fromId(String id) {
		return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
	}
}
