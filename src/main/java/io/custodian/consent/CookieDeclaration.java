package io.custodian.consent;

import java.util.UUID;

/** One cookie or storage item a site uses: who sets it, first or third party, how long, category and purpose. */
public record CookieDeclaration(UUID id, String name, String provider, String party, String duration,
		String category, String purpose, boolean builtIn) {
}
