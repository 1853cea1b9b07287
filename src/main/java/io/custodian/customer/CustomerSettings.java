package io.custodian.customer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the customer vault ({@code custodian.customer.*}). */
@ConfigurationProperties("custodian.customer")
public record CustomerSettings(@DefaultValue("365d") Duration verificationPeriod,
		@DefaultValue("10000") int importMaxRows) {
}
