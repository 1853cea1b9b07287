package io.custodian.account.social;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The providers of the SNS tests, all on one in-process OpenID Connect server: {@code mock} asks for every standard
 * scope, {@code narrow} only for openid and email, {@code flaky} revokes at a {@link FlakyEndpoint}, {@code slow}
 * exchanges codes there, and {@code down} is an issuer nothing answers for.
 */
final class SnsTestProviders {

	private SnsTestProviders() {
	}

	static MockOAuth2Server server() {
		var server = new MockOAuth2Server();
		server.start();
		return server;
	}

	static void register(DynamicPropertyRegistry registry, MockOAuth2Server oauth, FlakyEndpoint flaky) {
		var prefix = "custodian.account.sns.";
		provider(registry, "mock", oauth.issuerUrl("mock").toString(), "openid,profile,email,phone,address");
		provider(registry, "narrow", oauth.issuerUrl("narrow").toString(), "openid,email");
		provider(registry, "down", "http://127.0.0.1:9/down", "openid,email");
		if (flaky != null) {
			provider(registry, "flaky", oauth.issuerUrl("flaky").toString(), "openid,profile");
			registry.add(prefix + "providers.flaky.revocation-uri", () -> flaky.url("/revoke"));
			provider(registry, "slow", oauth.issuerUrl("slow").toString(), "openid,profile");
			registry.add(prefix + "providers.slow.token-uri", () -> flaky.url("/token"));
			provider(registry, "badkeys", oauth.issuerUrl("badkeys").toString(), "openid,profile");
			registry.add(prefix + "providers.badkeys.jwk-set-uri", () -> oauth.jwksUrl("elsewhere").toString());
		}
		registry.add(prefix + "read-timeout", () -> "6s");
		registry.add(prefix + "connect-timeout", () -> "2s");
		registry.add(prefix + "revocation-retry", () -> "1s");
	}

	private static void provider(DynamicPropertyRegistry registry, String id, String issuer, String scopes) {
		var prefix = "custodian.account.sns.providers." + id + ".";
		registry.add(prefix + "issuer-uri", () -> issuer);
		registry.add(prefix + "client-id", () -> "custodian");
		registry.add(prefix + "client-secret", () -> "secret-" + id);
		registry.add(prefix + "scopes", () -> scopes);
	}
}
