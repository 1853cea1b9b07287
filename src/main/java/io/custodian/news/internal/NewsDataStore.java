package io.custodian.news.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product news in the personal-data map: subscriptions, pending confirmations and the deliveries of campaigns. A
 * restriction needs nothing here: the sender skips a suspended customer at send time.
 */
@Component
class NewsDataStore implements PersonalDataStore {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	NewsDataStore(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var export = new LinkedHashMap<String, Object>();
		var subscriptions = jdbc.sql("""
				SELECT t.topic_key, s.status, s.confirmed_at, s.unsubscribed_at, s.soft_bounces, s.bounced_at
				FROM news_subscriptions s
				JOIN news_topics t ON t.id = s.topic_id WHERE s.customer_id = :c ORDER BY t.topic_key""")
			.param("c", subject.customerId()).query((rs, n) -> {
				var entry = row("topic", rs.getString(1), "status", rs.getString(2), "confirmedAt", rs.getObject(3),
						"unsubscribedAt", rs.getObject(4));
				entry.put("softBounces", rs.getInt(5));
				entry.put("bouncedAt", rs.getObject(6));
				return entry;
			})
			.list();
		var bounces = jdbc.sql("""
				SELECT c.subject, b.kind, b.status_code, b.received_at FROM news_bounces b
				LEFT JOIN news_campaigns c ON c.id = b.campaign_id WHERE b.customer_id = :c ORDER BY b.received_at""")
			.param("c", subject.customerId()).query((rs, n) -> row("campaign", rs.getString(1), "kind", rs.getString(2),
					"status", rs.getString(3), "receivedAt", rs.getObject(4)))
			.list();
		var pending = jdbc.sql("""
				SELECT topics, created_at, used_at FROM news_confirmations WHERE customer_id = :c ORDER BY created_at""")
			.param("c", subject.customerId()).query((rs, n) -> row("topics", rs.getString(1), "requestedAt",
					rs.getObject(2), "confirmedAt", rs.getObject(3)))
			.list();
		var deliveries = jdbc.sql("""
				SELECT c.subject, d.status, d.reason, d.updated_at, d.unsubscribed_at FROM news_deliveries d
				JOIN news_campaigns c ON c.id = d.campaign_id WHERE d.customer_id = :c ORDER BY d.updated_at""")
			.param("c", subject.customerId()).query((rs, n) -> {
				var entry = row("campaign", rs.getString(1), "status", rs.getString(2), "reason", rs.getString(3));
				entry.put("at", rs.getObject(4));
				entry.put("unsubscribedAt", rs.getObject(5));
				return entry;
			})
			.list();
		put(export, "newsSubscriptions", subscriptions);
		put(export, "newsConfirmations", pending);
		put(export, "newsMails", deliveries);
		put(export, "newsBounces", bounces);
		return export;
	}

	@Override
	public void restrict(DataSubject subject) {
	}

	@Override
	public void lift(DataSubject subject) {
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var rows = 0;
		for (var table : List.of("news_bounces", "news_deliveries", "news_subscriptions", "news_confirmations",
				"news_import_rows")) {
			rows += jdbc.sql("DELETE FROM " + table + " WHERE customer_id = :c").param("c", subject.customerId()).update();
		}
		audit.record(AuditEvent.of("personal-data.erased", subject.customerId()).detail("news: " + rows + " rows"));
		return ErasureOutcome.removed("news", rows);
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription("news", "Product news: topics a customer subscribed to (confirmed by double "
				+ "opt-in), pending confirmations (hash of the link only), each campaign mail with its status and the bounces "
				+ "its address caused (hard, soft, status code), and each imported line (its email encrypted only until processed)",
				List.of("news_subscriptions", "news_confirmations", "news_deliveries", "news_bounces", "news_import_rows"),
				List.of("subscription.topic", "subscription.status", "subscription.times", "subscription.softBounces",
						"mail.status", "mail.times", "bounce.kind", "bounce.status", "bounce.time"),
				List.of("product-news"), "until the customer unsubscribes and is erased; confirmations three days");
	}

	private static Map<String, Object> row(Object... pairs) {
		var row = new LinkedHashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put((String) pairs[i], pairs[i + 1]);
		}
		return row;
	}

	private static void put(Map<String, Object> export, String key, List<?> list) {
		if (!list.isEmpty()) {
			export.put(key, list);
		}
	}
}
