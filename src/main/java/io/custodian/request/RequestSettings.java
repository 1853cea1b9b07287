package io.custodian.request;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the request desk ({@code custodian.requests.*}): the answer period (one calendar month as GDPR Art.
 * 12(3) sets it, per site overridable, e.g. 45 days for CCPA), verification codes, reminders, links and mail.
 */
@ConfigurationProperties("custodian.requests")
public record RequestSettings(@DefaultValue("P1M") Period period, Map<UUID, Period> sitePeriods,
		@DefaultValue("P2M") Period maxExtension, @DefaultValue("30m") Duration codeValidity,
		@DefaultValue("5") int maxAttempts, @DefaultValue("3") int codesPerHour, @DefaultValue("7d") Duration unverifiedExpiry,
		@DefaultValue("7d") Duration reminderBefore, @DefaultValue("7d") Duration downloadValidity,
		@DefaultValue("true") boolean autoFulfil, @DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("privacy@localhost") String mailFrom, @DefaultValue("") String staffNotify) {

	public RequestSettings {
		sitePeriods = sitePeriods == null ? Map.of() : Map.copyOf(sitePeriods);
	}

	public Period periodFor(UUID site) {
		return site == null ? period : sitePeriods.getOrDefault(site, period);
	}
}
