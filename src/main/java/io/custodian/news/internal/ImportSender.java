package io.custodian.news.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.customer.CustomerVault;
import io.custodian.news.Subscribe;
import io.custodian.security.FieldEncryption;
import io.custodian.security.Scope;
import io.custodian.security.StaffIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Works through queued import lines in batches, as the staff member who uploaded the file. A line goes the public
 * double opt-in path ({@link Subscriptions#request}, then the confirmation mail); an already confirmed subscriber only
 * gets the topics added, unmailed; a suspended customer or a bounced address is skipped. A line is marked 'sending' in its own commit
 * before the mail and 'done' after; a 'sending' line found at the start of a run was cut off by a stop and becomes
 * 'unknown', never mailed again. The encrypted email is removed from a line once it is processed.
 */
@Component
class ImportSender {

	private final JdbcClient jdbc;

	private final CustomerVault vault;

	private final Subscriptions subscriptions;

	private final Topics topics;

	private final NewsMail mail;

	private final FieldEncryption encryption;

	private final StaffIdentity identity;

	private final AuditTrail audit;

	private final int batchSize;

	ImportSender(JdbcClient jdbc, CustomerVault vault, Subscriptions subscriptions, Topics topics, NewsMail mail,
			FieldEncryption encryption, StaffIdentity identity, AuditTrail audit,
			@Value("${custodian.news.import-batch-size:100}") int batchSize) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.subscriptions = subscriptions;
		this.topics = topics;
		this.mail = mail;
		this.encryption = encryption;
		this.identity = identity;
		this.audit = audit;
		this.batchSize = Math.max(1, batchSize);
	}

	/** One batch of each running import; called only while holding the cluster-wide job lock. */
	void run() {
		jdbc.sql("""
				UPDATE news_import_rows SET status = 'unknown', email = NULL, updated_at = :now,
				       reason = 'the import stopped during the confirmation mail; not mailed again to avoid a duplicate'
				WHERE status = 'sending'""").param("now", NewsTokens.now()).update();
		for (var running : running()) {
			var batch = jdbc.sql("""
					SELECT line, email, topics, language FROM news_import_rows WHERE import_id = :id AND status = 'queued'
					ORDER BY line LIMIT :n""").param("id", running.id()).param("n", batchSize)
				.query((rs, n) -> new Row(running.id(), rs.getInt("line"), rs.getBytes("email"), rs.getString("topics"),
						rs.getString("language")))
				.list();
			if (batch.isEmpty()) {
				finish(running.id(), "done");
				continue;
			}
			jdbc.sql("UPDATE news_imports SET status = 'running' WHERE id = :id").param("id", running.id()).update();
			if (!identity.runAs(running.createdBy(), Scope.NEWS_SEND, () -> batch.forEach(this::process))) {
				finish(running.id(), "stopped");
			}
		}
	}

	private void process(Row row) {
		var email = encryption.decrypt(row.email(), SubscriberImports.ad(row.importId(), row.line()));
		var customer = vault.idByEmail(email);
		if (customer.isPresent() && "restricted".equals(vault.summary(customer.get()).status())) {
			mark(row, customer.get(), "queued", "skipped", "processing suspended at the customer's request");
			return;
		}
		if (customer.isPresent() && subscriptions(customer.get(), "bounced")) {
			mark(row, customer.get(), "queued", "skipped", "the address bounced; not mailed");
			return;
		}
		if (customer.isPresent() && subscriptions(customer.get(), "confirmed")) {
			addTopics(customer.get(), row.topics());
			mark(row, customer.get(), "queued", "skipped", "already a confirmed subscriber: topics added, not mailed");
			return;
		}
		if (mark(row, customer.orElse(null), "queued", "sending", null) == 0) {
			return;
		}
		var token = subscriptions.request(new Subscribe(email, Arrays.asList(row.topics().split(","))));
		mail.confirmation(email, token, row.language() == null ? "en" : row.language().substring(0, 2));
		mark(row, vault.idByEmail(email).orElse(null), "sending", "done", "confirmation mailed");
	}

	private boolean subscriptions(UUID customer, String status) {
		return jdbc.sql("SELECT COUNT(*) FROM news_subscriptions WHERE customer_id = :c AND status = :s")
			.param("c", customer).param("s", status).query(Long.class).single() > 0;
	}

	private void addTopics(UUID customer, String keys) {
		for (var key : keys.split(",")) {
			topics.byKey(key).ifPresent(topic -> {
				var updated = jdbc.sql("""
						UPDATE news_subscriptions SET status = 'confirmed', confirmed_at = :now, unsubscribed_at = NULL
						WHERE customer_id = :c AND topic_id = :t AND status <> 'confirmed'""")
					.param("now", NewsTokens.now()).param("c", customer).param("t", topic.id()).update();
				var exists = jdbc.sql("SELECT COUNT(*) FROM news_subscriptions WHERE customer_id = :c AND topic_id = :t")
					.param("c", customer).param("t", topic.id()).query(Long.class).single();
				if (updated == 0 && exists == 0) {
					jdbc.sql("""
							INSERT INTO news_subscriptions (customer_id, topic_id, status, confirmed_at)
							VALUES (:c, :t, 'confirmed', :now)""")
						.param("now", NewsTokens.now()).param("c", customer).param("t", topic.id()).update();
				}
			});
		}
		audit.record(AuditEvent.of("news.import-topics-added", customer).detail("topics " + keys));
	}

	private int mark(Row row, UUID customer, String from, String status, String reason) {
		var forget = "sending".equals(status) ? "" : ", email = NULL";
		return jdbc.sql("UPDATE news_import_rows SET status = :s, reason = :r, customer_id = :c, updated_at = :now" + forget
				+ " WHERE import_id = :id AND line = :n AND status = :from")
			.param("s", status).param("r", reason).param("c", customer).param("now", NewsTokens.now())
			.param("id", row.importId()).param("n", row.line()).param("from", from).update();
	}

	private void finish(UUID id, String status) {
		var updated = jdbc.sql("""
				UPDATE news_imports SET status = :s, finished_at = :now WHERE id = :id AND status IN ('queued', 'running')""")
			.param("s", status).param("now", NewsTokens.now()).param("id", id).update();
		if (updated > 0) {
			audit.record(AuditEvent.of("news.import-" + (status.equals("done") ? "completed" : "stopped"), "news-import:" + id));
		}
	}

	private List<Running> running() {
		return jdbc.sql("""
				SELECT id, created_by FROM news_imports WHERE status IN ('queued', 'running') ORDER BY created_at""")
			.query((rs, n) -> new Running(rs.getObject("id", UUID.class), rs.getString("created_by"))).list();
	}

	private record Running(UUID id, String createdBy) {
	}

	private record Row(UUID importId, int line, byte[] email, String topics, String language) {
	}
}
