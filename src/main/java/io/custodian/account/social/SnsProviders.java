package io.custodian.account.social;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The configured SNS providers for pages: the sign-in page passes {@link #list()} as {@code snsProviders} to the
 * fragment {@code account/sns-fragments :: sign-in-buttons(providers)}.
 */
@Component
public class SnsProviders {

	private final SnsRegistrations registrations;

	SnsProviders(SnsRegistrations registrations) {
		this.registrations = registrations;
	}

	/** Every configured provider, by display name; empty when none is configured. */
	public List<SnsProvider> list() {
		return registrations.all();
	}
}
