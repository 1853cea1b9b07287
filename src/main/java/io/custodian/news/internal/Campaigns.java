package io.custodian.news.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.news.Campaign;
import io.custodian.news.Delivery;
import io.custodian.news.NewCampaign;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns and their recipients: starting one queues every confirmed subscriber of the topic at once (who is really
 * mailed is decided per recipient at send time); the background sender works through the queue.
 */
@Service
public class Campaigns {

	private final JdbcClient jdbc;

	private final Topics topics;

	private final AuditTrail audit;

	Campaigns(JdbcClient jdbc, Topics topics, AuditTrail audit) {
		this.jdbc = jdbc;
		this.topics = topics;
		this.audit = audit;
	}

	@Transactional
	public Campaign start(NewCampaign campaign, String staffMember) {
		if (campaign.subject() == null || campaign.subject().isBlank() || campaign.subject().length() > 200
				|| campaign.subject().matches("(?s).*[\\r\\n].*")) {
			throw new InvalidInput("subject", "write a subject of one line, 1 to 200 characters");
		}
		if (campaign.text() == null || campaign.text().isBlank() || campaign.text().length() > 20_000) {
			throw new InvalidInput("text", "write a text of 1 to 20000 characters");
		}
		var topic = topics.byKey(campaign.topic() == null ? "" : campaign.topic())
			.orElseThrow(() -> new InvalidInput("topic", "unknown topic"));
		var id = UUID.randomUUID();
		var now = NewsTokens.now();
		jdbc.sql("""
				INSERT INTO news_campaigns (id, subject, body, topic_id, created_by, status, created_at)
				VALUES (:id, :s, :b, :t, :by, 'sending', :now)""")
			.param("id", id).param("s", campaign.subject().strip()).param("b", campaign.text()).param("t", topic.id())
			.param("by", staffMember).param("now", now).update();
		var queued = jdbc.sql("""
				INSERT INTO news_deliveries (campaign_id, customer_id, status, updated_at)
				SELECT :id, customer_id, 'queued', :now FROM news_subscriptions WHERE topic_id = :t AND status = 'confirmed'""")
			.param("id", id).param("now", now).param("t", topic.id()).update();
		audit.record(AuditEvent.of("news.campaign-started", "campaign:" + id)
			.detail("topic " + topic.key() + ", " + queued + " recipients queued"));
		return get(id);
	}

	@Transactional(readOnly = true)
	public Campaign get(UUID id) {
		return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(this::map).optional()
			.orElseThrow(() -> Problems.notFound("Campaign " + id));
	}

	@Transactional(readOnly = true)
	public List<Campaign> latest(int limit) {
		return jdbc.sql(SELECT + " ORDER BY c.created_at DESC LIMIT :n").param("n", Math.max(1, Math.min(limit, 200)))
			.query(this::map).list();
	}

	@Transactional(readOnly = true)
	public List<Delivery> recipients(UUID campaign, int limit) {
		get(campaign);
		return jdbc.sql("""
				SELECT customer_id, status, reason, updated_at FROM news_deliveries WHERE campaign_id = :id
				ORDER BY updated_at DESC, customer_id LIMIT :n""")
			.param("id", campaign).param("n", Math.max(1, Math.min(limit, 1000)))
			.query((rs, n) -> new Delivery(rs.getObject("customer_id", UUID.class), rs.getString("status"),
					rs.getString("reason"), instant(rs.getObject("updated_at", OffsetDateTime.class))))
			.list();
	}

	/** The bounces received for the campaign's mails, by kind (hard, soft). */
	@Transactional(readOnly = true)
	public Map<String, Long> bounces(UUID campaign) {
		var counts = new LinkedHashMap<String, Long>();
		counts.put("hard", 0L);
		counts.put("soft", 0L);
		jdbc.sql("SELECT kind, COUNT(*) AS n FROM news_bounces WHERE campaign_id = :id GROUP BY kind")
			.param("id", campaign).query((rs, n) -> counts.put(rs.getString("kind"), rs.getLong("n"))).list();
		return counts;
	}

	private static final String SELECT = """
			SELECT c.*, t.topic_key FROM news_campaigns c JOIN news_topics t ON t.id = c.topic_id""";

	private Campaign map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		var id = rs.getObject("id", UUID.class);
		return new Campaign(id, rs.getString("subject"), rs.getString("body"), rs.getString("topic_key"),
				rs.getString("created_by"), rs.getString("status"), rs.getString("reason"),
				instant(rs.getObject("created_at", OffsetDateTime.class)),
				instant(rs.getObject("finished_at", OffsetDateTime.class)), progress(id));
	}

	private Map<String, Long> progress(UUID campaign) {
		var counts = new LinkedHashMap<String, Long>();
		for (var status : List.of("queued", "sending", "sent", "bounced", "skipped", "failed", "unknown")) {
			counts.put(status, 0L);
		}
		jdbc.sql("SELECT status, COUNT(*) AS n FROM news_deliveries WHERE campaign_id = :id GROUP BY status")
			.param("id", campaign).query((rs, n) -> counts.put(rs.getString("status"), rs.getLong("n"))).list();
		return counts;
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
