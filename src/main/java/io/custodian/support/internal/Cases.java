package io.custodian.support.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.support.CaseMessage;
import io.custodian.support.SupportCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of cases and their messages, subjects and texts encrypted; no rules, those are the desk's. */
@Repository
class Cases {

	private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final SupportCrypto crypto;

	Cases(JdbcClient jdbc, SupportCrypto crypto) {
		this.jdbc = jdbc;
		this.crypto = crypto;
	}

	SupportCase insert(UUID customer, String subject, String channel) {
		var id = UUID.randomUUID();
		var now = now();
		var reference = freeReference();
		jdbc.sql("""
				INSERT INTO support_cases (id, reference, customer_id, subject_ct, status, channel, created_at, updated_at)
				VALUES (:id, :ref, :c, :s, 'open', :ch, :now, :now)""")
			.param("id", id).param("ref", reference).param("c", customer).param("s", crypto.subject(id, subject))
			.param("ch", channel).param("now", now).update();
		return find(id).orElseThrow();
	}

	CaseMessage append(UUID caseId, String author, String body, String messageId) {
		var id = UUID.randomUUID();
		var now = now();
		jdbc.sql("""
				INSERT INTO support_messages (id, case_id, author, body_ct, message_id, created_at)
				VALUES (:id, :c, :a, :b, :m, :now)""")
			.param("id", id).param("c", caseId).param("a", author).param("b", crypto.body(id, body))
			.param("m", messageId).param("now", now).update();
		jdbc.sql("UPDATE support_cases SET updated_at = :now WHERE id = :id").param("now", now).param("id", caseId)
			.update();
		return new CaseMessage(id, author, body, messageId, now.toInstant());
	}

	void setStatus(UUID caseId, String status) {
		jdbc.sql("UPDATE support_cases SET status = :s, updated_at = :now WHERE id = :id").param("s", status)
			.param("now", now()).param("id", caseId).update();
	}

	void setAssignee(UUID caseId, String assignee) {
		jdbc.sql("UPDATE support_cases SET assignee = :a, updated_at = :now WHERE id = :id").param("a", assignee)
			.param("now", now()).param("id", caseId).update();
	}

	Optional<SupportCase> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
	}

	Optional<SupportCase> byReference(String reference) {
		return jdbc.sql(SELECT + " WHERE reference = :r").param("r", reference).query(this::map).optional();
	}

	/** The case a mail answers: the one holding a message with one of these Message-IDs. */
	Optional<SupportCase> byMessageIds(List<String> messageIds) {
		if (messageIds.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE id IN (SELECT case_id FROM support_messages WHERE message_id IN (:ids))"
				+ " ORDER BY updated_at DESC LIMIT 1").param("ids", messageIds).query(this::map).optional();
	}

	List<SupportCase> latest(String status, int limit) {
		var sql = SELECT + (status == null ? "" : " WHERE status = :s") + " ORDER BY updated_at DESC LIMIT :n";
		var query = jdbc.sql(sql).param("n", limit);
		if (status != null) {
			query = query.param("s", status);
		}
		return query.query(this::map).list();
	}

	List<SupportCase> ofCustomer(UUID customer) {
		return jdbc.sql(SELECT + " WHERE customer_id = :c ORDER BY updated_at DESC").param("c", customer)
			.query(this::map).list();
	}

	List<CaseMessage> messages(UUID caseId) {
		return jdbc.sql("""
				SELECT id, author, body_ct, message_id, created_at FROM support_messages WHERE case_id = :c
				ORDER BY created_at, id""").param("c", caseId).query((rs, n) -> {
			var id = rs.getObject("id", UUID.class);
			return new CaseMessage(id, rs.getString("author"), crypto.body(id, rs.getBytes("body_ct")),
					rs.getString("message_id"), instant(rs));
		}).list();
	}

	int deleteOfCustomer(UUID customer) {
		var messages = jdbc.sql("""
				DELETE FROM support_messages WHERE case_id IN (SELECT id FROM support_cases WHERE customer_id = :c)""")
			.param("c", customer).update();
		return messages + jdbc.sql("DELETE FROM support_cases WHERE customer_id = :c").param("c", customer).update();
	}

	private String freeReference() {
		while (true) {
			var reference = new StringBuilder("C-");
			for (int i = 0; i < 6; i++) {
				reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			if (byReference(reference.toString()).isEmpty()) {
				return reference.toString();
			}
		}
	}

	private static final String SELECT = """
			SELECT id, reference, customer_id, subject_ct, status, channel, assignee, created_at, updated_at
			FROM support_cases""";

	private SupportCase map(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		return new SupportCase(id, rs.getString("reference"), rs.getObject("customer_id", UUID.class),
				crypto.subject(id, rs.getBytes("subject_ct")), rs.getString("status"), rs.getString("channel"),
				rs.getString("assignee"), instant(rs), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static Instant instant(ResultSet rs) throws SQLException {
		return rs.getObject("created_at", OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}
}
