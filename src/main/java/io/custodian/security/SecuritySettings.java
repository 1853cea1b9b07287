package io.custodian.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of staff security and encryption ({@code custodian.security.*}). */
@ConfigurationProperties("custodian.security")
public record SecuritySettings(@DefaultValue("admin") String adminUsername, String adminPassword, String masterKey,
		@DefaultValue("5") int loginAttempts, @DefaultValue("15m") Duration loginLockout,
		@DefaultValue("90d") Duration tokenDefaultValidity) {

	public boolean hasMasterKey() {
		return masterKey != null && !masterKey.isBlank();
	}
}
