package io.custodian.security;

import java.util.List;

/**
 * Paths a module serves to anyone, without a login and without CSRF: collection endpoints, public scripts and pages.
 * Every bean of this type widens one public, stateless filter chain; nothing else is public. Unfiltered endpoints
 * (high-volume machine endpoints answering JSON or images, never HTML) skip Spring Security entirely.
 */
public record PublicEndpoints(List<String> patterns, boolean unfiltered) {

	public static PublicEndpoints of(String... patterns) {
		return new PublicEndpoints(List.of(patterns), false);
	}

	public static PublicEndpoints unfiltered(String... patterns) {
		return new PublicEndpoints(List.of(patterns), true);
	}
}
