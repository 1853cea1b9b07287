package io.custodian.audit.internal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.custodian.audit.AuditSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** POSTs each checkpoint as JSON to {@code custodian.audit.checkpoint-webhook}, when set, without waiting for it. */
@Component
class CheckpointWebhook {

	private static final Logger log = LoggerFactory.getLogger(CheckpointWebhook.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final AuditSettings settings;

	private final HttpClient http;

	CheckpointWebhook(AuditSettings settings) {
		this.settings = settings;
		this.http = settings.checkpointWebhook() == null ? null
				: HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	void send(String checkpoint) {
		if (http == null) {
			return;
		}
		var request = HttpRequest.newBuilder(settings.checkpointWebhook()).timeout(TIMEOUT)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(checkpoint)).build();
		http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			if (failure != null) {
				log.warn("The checkpoint webhook failed: {}", failure.getClass().getSimpleName());
			}
			else if (response.statusCode() >= 300) {
				log.warn("The checkpoint webhook answered {}", response.statusCode());
			}
		});
	}
}
