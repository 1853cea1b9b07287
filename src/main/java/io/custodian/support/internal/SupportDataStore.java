package io.custodian.support.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import io.custodian.security.EncryptedStore;
import io.custodian.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support cases in the personal-data map: the export holds every case with its conversation in clear text; erasure
 * deletes the customer's cases and messages. A restriction needs nothing stored here: while the customer is
 * suspended the desk records no new case or message (409) and the mailbox ignores their mails.
 */
@Component
class SupportDataStore implements PersonalDataStore, EncryptedStore {

	static final String NAME = "support";

	private final Cases cases;

	private final SupportCrypto crypto;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	SupportDataStore(Cases cases, SupportCrypto crypto, JdbcClient jdbc, AuditTrail audit) {
		this.cases = cases;
		this.crypto = crypto;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(DataSubject subject) {
		var export = new LinkedHashMap<String, Object>();
		var list = cases.ofCustomer(subject.customerId()).stream().map(c -> {
			var entry = new LinkedHashMap<String, Object>();
			entry.put("reference", c.reference());
			entry.put("subject", c.subject());
			entry.put("status", c.status());
			entry.put("channel", c.channel());
			entry.put("openedAt", c.createdAt());
			entry.put("messages", cases.messages(c.id()).stream().map(m -> Map.of("author", m.author(), "text",
					m.body(), "at", m.createdAt())).toList());
			return entry;
		}).toList();
		if (!list.isEmpty()) {
			export.put("supportCases", list);
		}
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
		var rows = cases.deleteOfCustomer(subject.customerId());
		audit.record(AuditEvent.of("personal-data.erased", subject.customerId()).detail(NAME + ": " + rows + " rows"));
		return ErasureOutcome.removed(NAME, rows);
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription(NAME, "Support cases a customer opened or staff opened for them, by the account, "
				+ "by email or by staff, with every message of the conversation (subjects and texts encrypted)",
				List.of("support_cases", "support_messages"),
				List.of("case.reference", "case.subject", "case.status", "case.channel", "case.assignee", "case.times",
						"message.author", "message.text", "message.messageId", "message.time"),
				List.of(SupportDesk.PURPOSE), "until the customer is erased");
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	@Transactional
	public int reencrypt(FieldEncryption encryption) {
		var rewritten = 0;
		for (var row : rows("SELECT id, subject_ct AS ct FROM support_cases")) {
			if (!encryption.isCurrent(row.ciphertext())) {
				jdbc.sql("UPDATE support_cases SET subject_ct = :ct WHERE id = :id").param("id", row.id())
					.param("ct", crypto.reencrypt("case", row.id(), row.ciphertext(), encryption)).update();
				rewritten++;
			}
		}
		for (var row : rows("SELECT id, body_ct AS ct FROM support_messages")) {
			if (!encryption.isCurrent(row.ciphertext())) {
				jdbc.sql("UPDATE support_messages SET body_ct = :ct WHERE id = :id").param("id", row.id())
					.param("ct", crypto.reencrypt("message", row.id(), row.ciphertext(), encryption)).update();
				rewritten++;
			}
		}
		return rewritten;
	}

	private List<Ciphertext> rows(String sql) {
		return jdbc.sql(sql).query((rs, n) -> new Ciphertext(rs.getObject("id", UUID.class), rs.getBytes("ct"))).list();
	}

	/** One ciphertext found for re-encryption. */
	private record Ciphertext(UUID id, byte[] ciphertext) {
	}
}
