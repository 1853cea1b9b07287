package io.custodian.news.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.NewCustomer;
import io.custodian.news.Subscribe;
import io.custodian.system.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double opt-in: a request stores a pending confirmation (the token's hash and the topics); confirming subscribes to
 * them and records the product-news consent in the vault; unsubscribing by a mail's one-time token ends every
 * subscription and withdraws that consent.
 */
@Service
public class Subscriptions {

	static final String PURPOSE = "product-news";

	static final Duration VALIDITY = Duration.ofDays(3);

	private final JdbcClient jdbc;

	private final CustomerVault vault;

	private final Topics topics;

	private final AuditTrail audit;

	Subscriptions(JdbcClient jdbc, CustomerVault vault, Topics topics, AuditTrail audit) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.topics = topics;
		this.audit = audit;
	}

	/** The confirmation token to mail to the address, whether the address was known or not. */
	@Transactional
	public String request(Subscribe subscribe) {
		var keys = checkedTopics(subscribe.topics());
		var email = subscribe.email() == null ? "" : subscribe.email().strip();
		if (email.isEmpty() || email.length() > 254 || !email.contains("@")) {
			throw new InvalidInput("email", "enter a valid email address");
		}
		var customer = vault.idByEmail(email).orElseGet(() -> vault.register(new NewCustomer(email, null, null, null,
				null, null, null, null, "customer-form", List.of(PURPOSE), List.of())));
		var token = NewsTokens.random();
		jdbc.sql("""
				INSERT INTO news_confirmations (id, customer_id, token_hash, topics, created_at, expires_at)
				VALUES (:id, :c, :h, :t, :now, :exp)""")
			.param("id", UUID.randomUUID()).param("c", customer).param("h", NewsTokens.hash(token))
			.param("t", String.join(",", keys)).param("now", NewsTokens.now())
			.param("exp", NewsTokens.now().plus(VALIDITY)).update();
		audit.record(AuditEvent.of("news.subscription-requested", customer).detail("topics " + keys));
		return token;
	}

	/** Confirms the subscription the token was mailed for: 404 for an unknown token, 410 for a used or expired one. */
	@Transactional
	public void confirm(String token) {
		if (!NewsTokens.wellFormed(token)) {
			throw NewsTokens.unknown();
		}
		var pending = jdbc.sql("""
				SELECT id, customer_id, topics, used_at, expires_at FROM news_confirmations WHERE token_hash = :h""")
			.param("h", NewsTokens.hash(token))
			.query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
					rs.getString("topics"), rs.getObject("used_at") != null
							|| rs.getObject("expires_at", java.time.OffsetDateTime.class).isBefore(NewsTokens.now())))
			.optional().orElseThrow(NewsTokens::unknown);
		if (pending.spent()) {
			throw NewsTokens.used();
		}
		jdbc.sql("UPDATE news_confirmations SET used_at = :now WHERE id = :id").param("now", NewsTokens.now())
			.param("id", pending.id()).update();
		for (var key : pending.topics().split(",")) {
			topics.byKey(key).ifPresent(topic -> subscribe(pending.customer(), topic.id()));
		}
		var consents = new TreeSet<>(vault.summary(pending.customer()).consentedPurposes());
		if (consents.add(PURPOSE)) {
			vault.update(pending.customer(), new CustomerPatch(null, null, null, null, null, null, List.copyOf(consents)));
		}
		audit.record(AuditEvent.of("news.subscription-confirmed", pending.customer()).detail("topics " + pending.topics()));
	}

	/** Ends every subscription of the customer the mail went to and withdraws their product-news consent. */
	@Transactional
	public void unsubscribe(String token) {
		if (!NewsTokens.wellFormed(token)) {
			throw NewsTokens.unknown();
		}
		var delivery = jdbc.sql("""
				SELECT customer_id, unsubscribed_at FROM news_deliveries WHERE unsubscribe_hash = :h""")
			.param("h", NewsTokens.hash(token))
			.query((rs, n) -> new Spent(rs.getObject("customer_id", UUID.class), rs.getObject("unsubscribed_at") != null))
			.optional().orElseThrow(NewsTokens::unknown);
		if (delivery.spent()) {
			throw NewsTokens.used();
		}
		var customer = delivery.customer();
		jdbc.sql("UPDATE news_deliveries SET unsubscribed_at = :now WHERE unsubscribe_hash = :h")
			.param("now", NewsTokens.now()).param("h", NewsTokens.hash(token)).update();
		jdbc.sql("""
				UPDATE news_subscriptions SET status = 'unsubscribed', unsubscribed_at = :now
				WHERE customer_id = :c AND status <> 'unsubscribed'""")
			.param("now", NewsTokens.now()).param("c", customer).update();
		var consents = new TreeSet<>(vault.summary(customer).consentedPurposes());
		if (consents.remove(PURPOSE)) {
			vault.withdraw(customer, new CustomerPatch(null, null, null, null, null, null, List.copyOf(consents)));
		}
		audit.record(AuditEvent.of("news.unsubscribed", customer).detail("one-click, product-news consent withdrawn"));
	}

	private void subscribe(UUID customer, UUID topic) {
		var updated = jdbc.sql("""
				UPDATE news_subscriptions SET status = 'confirmed', confirmed_at = :now, unsubscribed_at = NULL,
				    soft_bounces = 0, bounced_at = NULL
				WHERE customer_id = :c AND topic_id = :t""")
			.param("now", NewsTokens.now()).param("c", customer).param("t", topic).update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO news_subscriptions (customer_id, topic_id, status, confirmed_at)
					VALUES (:c, :t, 'confirmed', :now)""")
				.param("now", NewsTokens.now()).param("c", customer).param("t", topic).update();
		}
	}

	private List<String> checkedTopics(List<String> requested) {
		if (requested == null || requested.isEmpty()) {
			throw new InvalidInput("topics", "choose at least one topic");
		}
		var keys = new LinkedHashSet<String>();
		var errors = new ArrayList<InvalidInput.FieldError>();
		for (var key : requested) {
			if (key == null || topics.byKey(key).filter(t -> t.active()).isEmpty()) {
				errors.add(new InvalidInput.FieldError("topics", "unknown topic '" + clip(key) + "'"));
			}
			else {
				keys.add(key);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return List.copyOf(keys);
	}

	private static String clip(String key) {
		return key == null ? "null" : key.length() > 40 ? key.substring(0, 40) + "…" : key;
	}

	private record Pending(UUID id, UUID customer, String topics, boolean spent) {
	}

	private record Spent(UUID customer, boolean spent) {
	}
}
