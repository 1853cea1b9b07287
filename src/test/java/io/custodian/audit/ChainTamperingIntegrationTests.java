package io.custodian.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with write access to the database, but not to the chain key or the checkpoint file, tries to hide what
 * the audit chain recorded: every attempt is reported by {@code GET /api/v1/audit/verify}.
 */
@CustodianTest
@TestPropertySource(properties = "custodian.audit.checkpoint-every=10")
class ChainTamperingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Api admin;

	private List<Map<String, Object>> entries;

	private Map<String, Object> head;

	@BeforeEach
	void writeHistoryAndRememberIt() {
		admin = Api.asAdmin(mvc);
		writeEntries(4);
		entries = jdbc.sql("SELECT * FROM audit_entries ORDER BY seq").query().listOfRows();
		head = jdbc.sql("SELECT * FROM audit_head WHERE id = 1").query().singleRow();
		assertThat(verify()).bodyJson().extractingPath("$.valid").isEqualTo(true);
	}

	@AfterEach
	void restoreTheChain() {
		jdbc.sql("DELETE FROM audit_entries").update();
		entries.forEach(row -> jdbc.sql("""
				INSERT INTO audit_entries (seq, recorded_at, actor, action, subject, purpose, fields, outcome, detail,
				                           prev_hash, hash)
				VALUES (:seq, :recorded_at, :actor, :action, :subject, :purpose, :fields, :outcome, :detail,
				        :prev_hash, :hash)""").params(row).update());
		setHead(head);
	}

	@Test
	void detectsAnEntryChangedAndTheChainRehashedWithSha256() {
		var seq = lastSeq() - 2;
		jdbc.sql("UPDATE audit_entries SET actor = 'somebody-else' WHERE seq = :seq").param("seq", seq).update();
		rehashFrom(seq);
		var result = verify();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.firstBrokenEntry").asNumber()
			.satisfies(n -> assertThat(n.longValue()).isEqualTo(seq));
		assertThat(result).bodyJson().extractingPath("$.reason").asString().contains("MAC");
	}

	@Test
	void detectsTheTailCutAndTheHeadRewoundToTheNewLastEntry() {
		var last = lastSeq();
		var keep = last - 2;
		jdbc.sql("DELETE FROM audit_entries WHERE seq > :keep").param("keep", keep).update();
		jdbc.sql("UPDATE audit_head SET seq = :seq, hash = (SELECT hash FROM audit_entries WHERE seq = :seq) WHERE id = 1")
			.param("seq", keep).update();
		var result = verify();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.reason").asString().containsAnyOf("not sealed", "cut off");
	}

	@Test
	void detectsTheHeadRewoundOverEntriesThatStayed() {
		var keep = lastSeq() - 1;
		jdbc.sql("UPDATE audit_head SET seq = :seq, hash = (SELECT hash FROM audit_entries WHERE seq = :seq) WHERE id = 1")
			.param("seq", keep).update();
		var result = verify();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.reason").asString().contains("rewound");
	}

	@Test
	@DirtiesContext
	void detectsTheTailCutBackToAnOlderHeadRowAgainstTheCheckpointFile() {
		var oldHead = jdbc.sql("SELECT * FROM audit_head WHERE id = 1").query().singleRow();
		var oldSeq = ((Number) oldHead.get("seq")).longValue();
		writeEntries(12);
		jdbc.sql("DELETE FROM audit_entries WHERE seq > :seq").param("seq", oldSeq).update();
		setHead(oldHead);
		var result = verify();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.reason").asString().contains("cut off");
		assertThat(result).bodyJson().extractingPath("$.checkedAgainst").asString().startsWith("checkpoint file, seq ");
	}

	@Test
	void detectsAChangedPointFromWhichEntriesAreKeyed() {
		var last = lastSeq();
		jdbc.sql("UPDATE audit_head SET keyed_from = :from, mac = NULL WHERE id = 1").param("from", last + 1).update();
		rehashFrom(1);
		var result = verify();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.checkedAgainst").asString().startsWith("checkpoint file, seq ");
	}

	@Test
	void saysWhatTheIntactChainWasCheckedAgainst() {
		var result = verify();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.checkedAgainst").asString().startsWith("checkpoint file, seq ");
	}

	private void writeEntries(int count) {
		for (int i = 0; i < count; i++) {
			admin.post("/api/v1/customers", """
					{"email":"tamper-%d-%d@example.com","source":"staff","purposes":["support"]}"""
				.formatted(System.nanoTime(), i)).exchange();
		}
	}

	/** Recomputes every hash from seq on with the unkeyed SHA-256 link, as someone without the key would. */
	private void rehashFrom(long from) {
		var rows = jdbc.sql("SELECT * FROM audit_entries ORDER BY seq").query().listOfRows();
		var previous = HashChain.GENESIS;
		for (var row : rows) {
			var seq = ((Number) row.get("seq")).longValue();
			var hash = ((String) row.get("hash")).trim();
			if (seq >= from) {
				var at = jdbc.sql("SELECT recorded_at FROM audit_entries WHERE seq = :seq").param("seq", seq)
					.query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
				hash = HashChain.hash(previous, seq, at.toInstant().toEpochMilli(), row.get("actor"), row.get("action"),
						row.get("subject"), row.get("purpose"), row.get("fields") == null ? "" : row.get("fields"),
						row.get("outcome"), row.get("detail"));
				jdbc.sql("UPDATE audit_entries SET prev_hash = :prev, hash = :hash WHERE seq = :seq")
					.param("prev", previous).param("hash", hash).param("seq", seq).update();
			}
			previous = hash;
		}
		jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1").param("seq", rows.size())
			.param("hash", previous).update();
	}

	private void setHead(Map<String, Object> row) {
		jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash, keyed_from = :keyed_from, mac = :mac WHERE id = 1")
			.params(row).update();
	}

	private long lastSeq() {
		return jdbc.sql("SELECT MAX(seq) FROM audit_entries").query(Long.class).single();
	}

	private MvcTestResult verify() {
		return admin.get("/api/v1/audit/verify").exchange();
	}
}
