package io.custodian.consent;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the consent manager ({@code custodian.consent.*}). */
@ConfigurationProperties("custodian.consent")
public record ConsentSettings(@DefaultValue("10s") Duration cacheTtl, @DefaultValue("200") int rateLimitPerMinute) {
}
