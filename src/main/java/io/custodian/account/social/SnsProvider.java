package io.custodian.account.social;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A configured SNS provider as pages show it: id, display name, the scopes Custodian asks for, and which customer
 * fields each of those scopes may fill.
 */
public record SnsProvider(String id, String displayName, String kind, List<String> scopes,
		Map<String, Set<String>> fieldsByScope) {
}
