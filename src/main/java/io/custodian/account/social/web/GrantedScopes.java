package io.custodian.account.social.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Scopes as a token response names them, one by one: GitHub separates them by commas, the standard by spaces. */
public final class GrantedScopes {

	private GrantedScopes() {
	}

	public static Set<String> of(Collection<String> granted) {
		var scopes = new TreeSet<String>();
		granted.forEach(s -> Arrays.stream(s.split("[,\\s]+")).filter(p -> !p.isBlank()).forEach(scopes::add));
		return scopes;
	}
}
