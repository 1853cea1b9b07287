package io.custodian.news.internal;

import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a bounce to the mail it answers (found by its delivery token, or by the final recipient's address through
 * the vault's blind index): a hard bounce, or the third soft one since the last confirmation, marks the delivery
 * 'bounced' and every confirmed subscription of the address 'bounced', which no campaign mails until the subscriber
 * confirms again; a soft bounce is counted. Each bounce is recorded and audited.
 */
@Service
class Bounces {

	static final int SOFT_LIMIT = 3;

	private final JdbcClient jdbc;

	private final CustomerVault vault;

	private final AuditTrail audit;

	Bounces(JdbcClient jdbc, CustomerVault vault, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.vault = vault;
	}

	/** Records the bounce; false when it answers no mail Custodian knows of. */
	@Transactional
	public boolean record(DeliveryReport report) {
		var target = target(report);
		if (target == null) {
			return false;
		}
		var now = NewsTokens.now();
		jdbc.sql("""
				INSERT INTO news_bounces (id, customer_id, campaign_id, kind, status_code, received_at)
				VALUES (:id, :c, :campaign, :kind, :status, :now)""")
			.param("id", UUID.randomUUID()).param("c", target.customer()).param("campaign", target.campaign())
			.param("kind", report.kind()).param("status", report.status()).param("now", now).update();
		var hard = report.kind().equals("hard") || softBounces(target.customer()) >= SOFT_LIMIT;
		var reason = report.kind().equals("hard") ? "hard bounce " + report.status()
				: hard ? SOFT_LIMIT + " soft bounces, the last " + report.status() : "soft bounce " + report.status();
		if (target.campaign() != null) {
			jdbc.sql("""
					UPDATE news_deliveries SET status = :s, reason = :r, updated_at = :now
					WHERE campaign_id = :campaign AND customer_id = :c""")
				.param("s", hard ? "bounced" : "sent").param("r", reason).param("now", now)
				.param("campaign", target.campaign()).param("c", target.customer()).update();
		}
		if (hard) {
			jdbc.sql("""
					UPDATE news_subscriptions SET status = 'bounced', bounced_at = :now
					WHERE customer_id = :c AND status = 'confirmed'""").param("now", now).param("c", target.customer())
				.update();
		}
		audit.record(AuditEvent.of(hard ? "news.address-bounced" : "news.soft-bounce", target.customer())
			.detail(reason + (target.campaign() == null ? "" : ", campaign " + target.campaign())));
		return true;
	}

	private int softBounces(UUID customer) {
		jdbc.sql("""
				UPDATE news_subscriptions SET soft_bounces = soft_bounces + 1
				WHERE customer_id = :c AND status = 'confirmed'""").param("c", customer).update();
		return jdbc.sql("SELECT COALESCE(MAX(soft_bounces), 0) FROM news_subscriptions WHERE customer_id = :c")
			.param("c", customer).query(Integer.class).single();
	}

	private Target target(DeliveryReport report) {
		if (report.token() != null) {
			var delivery = jdbc.sql("SELECT campaign_id, customer_id FROM news_deliveries WHERE bounce_hash = :h")
				.param("h", NewsTokens.hash(report.token()))
				.query((rs, n) -> new Target(rs.getObject(2, UUID.class), rs.getObject(1, UUID.class))).optional();
			if (delivery.isPresent()) {
				return delivery.get();
			}
		}
		if (report.finalRecipient() == null || report.finalRecipient().length() > 254) {
			return null;
		}
		return vault.idByEmail(report.finalRecipient()).map(customer -> new Target(customer, null)).orElse(null);
	}

	private record Target(UUID customer, UUID campaign) {
	}
}
