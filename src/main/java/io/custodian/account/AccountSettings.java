package io.custodian.account;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of customer accounts ({@code custodian.account.*}): how long a session lasts idle and at most, how long a
 * sign-in link or code is valid, how many are sent per hour to one customer, and how many wrong codes end a link; and
 * the SNS providers customers may connect ({@code custodian.account.sns.*}).
 */
@ConfigurationProperties("custodian.account")
public record AccountSettings(@DefaultValue("30m") Duration sessionIdle, @DefaultValue("8h") Duration sessionMax,
		@DefaultValue("15m") Duration linkValidity, @DefaultValue("3") int linksPerHour,
		@DefaultValue("5") int maxCodeAttempts, @DefaultValue Sns sns) {

	/**
	 * The SNS providers by id (lower-case letters, digits, -), the timeouts of every call to them, and how often and
	 * how many times a revocation the provider did not answer is tried again.
	 */
	public record Sns(Map<String, Provider> providers, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("10s") Duration readTimeout, @DefaultValue("5m") Duration revocationRetry,
			@DefaultValue("12") int revocationAttempts, @DefaultValue("1m") Duration discoveryRetry) {

		public Sns {
			providers = providers == null ? Map.of() : Map.copyOf(providers);
		}
	}

	/**
	 * One provider: a preset (github, google, microsoft, linkedin, facebook, x) or any OpenID Connect issuer, the
	 * client's id and secret, and optionally other scopes, a display name and endpoints that replace the preset's.
	 */
	public record Provider(String preset, String issuerUri, String clientId, String clientSecret, List<String> scopes,
			String displayName, String authorizationUri, String tokenUri, String userInfoUri, String jwkSetUri,
			String revocationUri, String userNameAttribute) {

		public Provider {
			scopes = scopes == null ? List.of() : List.copyOf(scopes);
		}
	}
}
