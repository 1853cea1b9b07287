package io.custodian.account.social;

/** An OpenID Connect provider whose discovery document could not be read; tried again on the next use. */
public class ProviderUnavailable extends RuntimeException {

	private final String provider;

	ProviderUnavailable(String provider, String reason) {
		super("Provider " + provider + " cannot be reached: " + reason);
		this.provider = provider;
	}

	public String provider() {
		return provider;
	}
}
