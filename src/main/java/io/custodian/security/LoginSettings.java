package io.custodian.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on password logins ({@code custodian.security.login.*}): attempts per client address and window, checked
 * before the password; the first delay after {@code custodian.security.login-attempts} failures, doubling up to
 * {@code username-lockout} for a username from any address (and up to {@code custodian.security.login-lockout} from
 * the failing address); how many usernames and addresses are tracked at most.
 */
@ConfigurationProperties("custodian.security.login")
public record LoginSettings(@DefaultValue("30") int attemptsPerAddress, @DefaultValue("1m") Duration addressWindow,
		@DefaultValue("2s") Duration firstDelay, @DefaultValue("30s") Duration usernameLockout,
		@DefaultValue("100000") int tracked) {
}
