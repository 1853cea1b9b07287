package io.custodian.consent.web;

/** The authority expressions guarding the consent console: who may look at it and who may change a site. */
final class ConsoleAuthorities {

	static final String VIEW = "hasAuthority('SCOPE_sites:manage') or hasAuthority('SCOPE_analytics:read')";

	static final String MANAGE = "hasAuthority('SCOPE_sites:manage')";

	private ConsoleAuthorities() {
	}
}
