package io.custodian.account.social;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.custodian.account.AccountSettings;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Tells providers about revoked connections (RFC 7009): right after the revocation, and again on a schedule while the
 * provider answers 5xx or not at all, until it answers or the attempts run out; every answer is recorded on the
 * connection and in the audit chain, and the kept token is deleted once the provider answered for good.
 */
@Component
public class RemoteRevocations {

	private static final Logger log = LoggerFactory.getLogger(RemoteRevocations.class);

	private final ConnectionStore store;

	private final SnsRegistrations registrations;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final AccountSettings.Sns settings;

	private final RestClient http;

	RemoteRevocations(ConnectionStore store, SnsRegistrations registrations, AuditTrail audit,
			TransactionTemplate transactions, AccountSettings settings, SnsHttp http) {
		this.store = store;
		this.registrations = registrations;
		this.audit = audit;
		this.transactions = transactions;
		this.settings = settings.sns();
		this.http = RestClient.builder().requestFactory(http.requestFactory()).build();
	}

	/** Every revocation that is due; never throws. */
	@Scheduled(fixedDelayString = "${custodian.account.sns.revocation-retry:5m}",
			initialDelayString = "${custodian.account.sns.revocation-retry:5m}")
	@SchedulerLock(name = "sns-revocations", lockAtMostFor = "PT10M")
	public void retryDue() {
		try {
			for (var id : transactions.execute(status -> store.dueRevocations(Instant.now(), 100))) {
				attempt(id);
			}
		}
		catch (RuntimeException e) {
			log.warn("SNS revocations not retried: {}", e.getClass().getSimpleName());
		}
	}

	/** Calls the provider's revocation endpoint for a revoked connection whose provider has not answered yet. */
	public void attempt(UUID connectionId) {
		var connection = transactions.execute(status -> store.find(connectionId).orElse(null));
		var token = transactions.execute(status -> store.remoteToken(connectionId).orElse(null));
		if (connection == null || token == null) {
			return;
		}
		var answer = call(connection.provider(), token);
		record(connection, answer.status(), answer.text());
	}

	/**
	 * Tells the providers of an erased customer's connections, once, with the tokens read before the erasure removed
	 * them (nothing is left to retry with); each answer goes to the audit chain.
	 */
	public void afterErasure(UUID customerId, List<ErasedGrant> grants) {
		for (var grant : grants) {
			var answer = call(grant.provider(), grant.token());
			var event = AuditEvent.of("sns.revocation-answered", customerId);
			var detail = "provider " + grant.provider() + " after erasure (" + answer.text() + ")";
			audit.record("done".equals(answer.status()) || "none".equals(answer.status())
					? event.detail(answer.status() + ": " + detail) : event.failed(answer.status() + ": " + detail));
		}
	}

	/** A token of an erased customer's connection still to revoke at its provider: token and type hint. */
	public record ErasedGrant(String provider, String[] token) {
	}

	private Answer call(String provider, String[] token) {
		try {
			var registration = registrations.findByRegistrationId(provider);
			var endpoint = registration == null ? null
					: (String) registration.getProviderDetails().getConfigurationMetadata()
						.get(SnsRegistrations.REVOCATION_ENDPOINT);
			if (endpoint == null) {
				return new Answer("none", "the provider is not configured or has no revocation endpoint");
			}
			var form = new LinkedMultiValueMap<String, String>();
			form.add("token", token[0]);
			form.add("token_type_hint", token[1]);
			var basic = !ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(registration.getClientAuthenticationMethod());
			if (!basic) {
				form.add("client_id", registration.getClientId());
				form.add("client_secret", registration.getClientSecret());
			}
			var result = http.post().uri(endpoint).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.headers(h -> {
					if (basic) {
						h.setBasicAuth(HttpHeaders.encodeBasicAuth(registration.getClientId(),
								registration.getClientSecret() == null ? "" : registration.getClientSecret(), null));
					}
				})
				.body(form).retrieve().toBodilessEntity();
			return new Answer("done", "HTTP " + result.getStatusCode().value());
		}
		catch (RestClientResponseException e) {
			return new Answer(e.getStatusCode().is5xxServerError() ? "pending" : "failed",
					"HTTP " + e.getStatusCode().value() + " " + e.getResponseBodyAsString().strip());
		}
		catch (RestClientException | ProviderUnavailable e) {
			return new Answer("pending", "no answer: " + e.getClass().getSimpleName());
		}
	}

	private record Answer(String status, String text) {
	}

	private void record(SnsConnection connection, String status, String answer) {
		var attempts = connection.remoteAttempts() + 1;
		var finalStatus = "pending".equals(status) && attempts >= settings.revocationAttempts() ? "failed" : status;
		var next = "pending".equals(finalStatus)
				? Instant.now().plus(settings.revocationRetry().multipliedBy(Math.min(attempts, 12))) : null;
		transactions.executeWithoutResult(tx -> {
			store.recordRemote(connection.id(), finalStatus, answer, next);
			var detail = "provider " + connection.provider() + ", connection " + connection.id() + ", attempt "
					+ attempts + " (" + answer + ")";
			var event = AuditEvent.of("sns.revocation-answered", connection.customerId());
			audit.record("done".equals(finalStatus) || "none".equals(finalStatus) ? event.detail(finalStatus + ": " + detail)
					: event.failed(finalStatus + ": " + detail));
		});
	}
}
