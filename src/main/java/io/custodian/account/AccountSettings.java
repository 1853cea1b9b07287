package io.custodian.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of customer accounts ({@code custodian.account.*}): how long a session lasts idle and at most, how long a
 * sign-in link or code is valid, how many are sent per hour to one customer, and how many wrong codes end a link.
 */
@ConfigurationProperties("custodian.account")
public record AccountSettings(@DefaultValue("30m") Duration sessionIdle, @DefaultValue("8h") Duration sessionMax,
		@DefaultValue("15m") Duration linkValidity, @DefaultValue("3") int linksPerHour,
		@DefaultValue("5") int maxCodeAttempts, @DefaultValue("true") boolean secureCookie) {
}
