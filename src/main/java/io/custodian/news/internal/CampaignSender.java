package io.custodian.news.internal;

import java.util.List;
import java.util.UUID;

import io.custodian.customer.CustomerVault;
import io.custodian.security.Scope;
import io.custodian.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Sends campaigns in batches, each batch as the staff member who started the campaign with their current role (the
 * campaign stops when they may no longer send news). Each recipient is checked at send time (still subscribed,
 * consented to product-news, not suspended, email readable for product-news) and marked 'sending' in its own commit
 * before the SMTP call; a 'sending' row found at the start of a run was cut off by a stop and becomes 'unknown',
 * never sent again.
 */
@Component
class CampaignSender {

	private static final Logger log = LoggerFactory.getLogger(CampaignSender.class);

	private final JdbcClient jdbc;

	private final CustomerVault vault;

	private final StaffIdentity identity;

	private final NewsMail mail;

	private final int batchSize;

	CampaignSender(JdbcClient jdbc, CustomerVault vault, StaffIdentity identity, NewsMail mail,
			@Value("${custodian.news.batch-size:50}") int batchSize) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.identity = identity;
		this.mail = mail;
		this.batchSize = Math.max(1, batchSize);
	}

	/** One batch of each campaign being sent; called only while holding the cluster-wide job lock. */
	void run() {
		jdbc.sql("""
				UPDATE news_deliveries SET status = 'unknown', updated_at = :now,
				       reason = 'the sender stopped during the SMTP call; not sent again to avoid a duplicate'
				WHERE status = 'sending'""").param("now", NewsTokens.now()).update();
		if (!mail.configured()) {
			return;
		}
		for (var campaign : sending()) {
			var batch = jdbc.sql("""
					SELECT customer_id FROM news_deliveries WHERE campaign_id = :id AND status = 'queued'
					ORDER BY customer_id LIMIT :n""").param("id", campaign.id()).param("n", batchSize)
				.query(UUID.class).list();
			if (batch.isEmpty()) {
				finish(campaign.id(), "done", null);
				continue;
			}
			var ran = identity.runAs(campaign.createdBy(), Scope.NEWS_SEND, () -> batch.forEach(c -> deliver(campaign, c)));
			if (!ran) {
				finish(campaign.id(), "stopped", "the staff member who started it may no longer send news");
			}
		}
	}

	private void deliver(Sending campaign, UUID customer) {
		var skip = reasonToSkip(campaign, customer);
		if (skip != null) {
			mark(campaign.id(), customer, "queued", "skipped", skip);
			return;
		}
		String email;
		try {
			email = vault.read(customer, Subscriptions.PURPOSE).values().get("email");
		}
		catch (ErrorResponseException e) {
			mark(campaign.id(), customer, "queued", "skipped", "purpose guard: " + e.getBody().getDetail());
			return;
		}
		if (email == null) {
			mark(campaign.id(), customer, "queued", "skipped", "no email for product-news");
			return;
		}
		var token = NewsTokens.random();
		var bounceToken = NewsTokens.random();
		var claimed = jdbc.sql("""
				UPDATE news_deliveries SET status = 'sending', unsubscribe_hash = :h, bounce_hash = :b, updated_at = :now
				WHERE campaign_id = :id AND customer_id = :c AND status = 'queued'""")
			.param("h", NewsTokens.hash(token)).param("b", NewsTokens.hash(bounceToken)).param("now", NewsTokens.now())
			.param("id", campaign.id())
			.param("c", customer).update();
		if (claimed == 0) {
			return;
		}
		try {
			mail.campaign(email, campaign.subject(), campaign.text(), token, bounceToken);
			mark(campaign.id(), customer, "sending", "sent", null);
		}
		catch (Exception e) {
			log.warn("News mail not sent: {}", e.getClass().getSimpleName());
			mark(campaign.id(), customer, "sending", "failed", clip(e.getClass().getSimpleName() + ": " + e.getMessage()));
		}
	}

	private String reasonToSkip(Sending campaign, UUID customer) {
		var subscribed = jdbc.sql("""
				SELECT COUNT(*) FROM news_subscriptions WHERE customer_id = :c AND topic_id = :t AND status = 'confirmed'""")
			.param("c", customer).param("t", campaign.topic()).query(Long.class).single();
		if (subscribed == 0) {
			return "no longer subscribed to the topic";
		}
		var summary = vault.summary(customer);
		if ("restricted".equals(summary.status())) {
			return "processing suspended at the customer's request";
		}
		if (!summary.consentedPurposes().contains(Subscriptions.PURPOSE)) {
			return "no product-news consent";
		}
		return null;
	}

	private void mark(UUID campaign, UUID customer, String from, String status, String reason) {
		jdbc.sql("""
				UPDATE news_deliveries SET status = :s, reason = :r, updated_at = :now
				WHERE campaign_id = :id AND customer_id = :c AND status = :from""")
			.param("s", status).param("r", reason).param("now", NewsTokens.now()).param("id", campaign)
			.param("c", customer).param("from", from).update();
	}

	private void finish(UUID campaign, String status, String reason) {
		jdbc.sql("UPDATE news_campaigns SET status = :s, reason = :r, finished_at = :now WHERE id = :id")
			.param("s", status).param("r", reason).param("now", NewsTokens.now()).param("id", campaign).update();
	}

	private List<Sending> sending() {
		return jdbc.sql("""
				SELECT id, subject, body, topic_id, created_by FROM news_campaigns WHERE status = 'sending'
				ORDER BY created_at""")
			.query((rs, n) -> new Sending(rs.getObject("id", UUID.class), rs.getString("subject"), rs.getString("body"),
					rs.getObject("topic_id", UUID.class), rs.getString("created_by")))
			.list();
	}

	private static String clip(String text) {
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

	private record Sending(UUID id, String subject, String text, UUID topic, String createdBy) {
	}
}
