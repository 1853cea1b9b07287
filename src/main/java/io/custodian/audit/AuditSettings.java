package io.custodian.audit;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where chain checkpoints go: how often the heads are exported (and every how many entries), and an optional URL
 * that each checkpoint is POSTed to.
 */
@ConfigurationProperties("custodian.audit")
public record AuditSettings(@DefaultValue("1m") Duration checkpointInterval, @DefaultValue("1000") int checkpointEvery,
		URI checkpointWebhook) {
}
