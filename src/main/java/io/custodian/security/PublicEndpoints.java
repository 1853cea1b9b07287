package io.custodian.security;

import java.util.List;

/**
 * Paths a module serves to anyone, without a login and without CSRF: collection endpoints, public scripts. Every
 * bean of this type widens one public, stateless filter chain; nothing else is public.
 */
public record PublicEndpoints(List<String> patterns) {

	public static PublicEndpoints of(String... patterns) {
		return new PublicEndpoints(List.of(patterns));
	}
}
