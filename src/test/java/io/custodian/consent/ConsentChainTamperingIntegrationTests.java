package io.custodian.consent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.Consents;
import io.custodian.CustodianTest;
import io.custodian.audit.HashChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with write access to the database, but not to the chain key or the checkpoint file, rewrites the consent
 * records: {@code GET /api/v1/consent-records/verify} and the visitor's receipts report it.
 */
@CustodianTest
@TestPropertySource(properties = "custodian.audit.checkpoint-every=10")
class ConsentChainTamperingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Api admin;

	String site;

	private List<Map<String, Object>> records;

	private Map<String, Object> head;

	@BeforeEach
	void recordDecisionsAndRememberThem() {
		admin = Api.asAdmin(mvc);
		var created = admin.post("/api/v1/sites", """
				{"name":"Shop","domains":["chain-%s.example"]}""".formatted(UUID.randomUUID().toString().substring(0, 8)))
			.exchange();
		site = json.readTree(created.getResponse().getContentAsByteArray()).get("id").asString();
		for (int i = 0; i < 3; i++) {
			Consents.grant(mvc, json, site, "preferences");
		}
		records = jdbc.sql("SELECT * FROM consent_records ORDER BY seq").query().listOfRows();
		head = jdbc.sql("SELECT * FROM consent_head WHERE id = 1").query().singleRow();
		assertThat(verify()).bodyJson().extractingPath("$.valid").isEqualTo(true);
	}

	@AfterEach
	void restoreTheChain() {
		jdbc.sql("DELETE FROM consent_records").update();
		records.forEach(row -> jdbc.sql("""
				INSERT INTO consent_records (seq, site_id, consent_id, granted, denied, cause, banner_version,
				  statement_version, language, recorded_at, details_digest, prev_hash, hash)
				VALUES (:seq, :site_id, :consent_id, :granted, :denied, :cause, :banner_version, :statement_version,
				  :language, :recorded_at, :details_digest, :prev_hash, :hash)""").params(row).update());
		jdbc.sql("UPDATE consent_head SET seq = :seq, hash = :hash, keyed_from = :keyed_from, mac = :mac WHERE id = 1")
			.params(head).update();
	}

	@Test
	void detectsAGrantAddedAndTheChainRehashedWithSha256() {
		var seq = lastSeq() - 1;
		var consentId = jdbc.sql("SELECT consent_id FROM consent_records WHERE seq = :seq").param("seq", seq)
			.query(String.class).single();
		jdbc.sql("UPDATE consent_records SET granted = 'necessary,preferences,marketing' WHERE seq = :seq")
			.param("seq", seq).update();
		rehashFrom(seq);
		var result = verify();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.firstBrokenEntry").asNumber()
			.satisfies(n -> assertThat(n.longValue()).isEqualTo(seq));
		assertThat(result).bodyJson().extractingPath("$.reason").asString().contains("MAC");
		var receipts = mvc.get().uri("/api/v1/consent/{id}/receipts", consentId).exchange();
		assertThat(receipts).bodyJson().extractingPath("$[0].verified").isEqualTo(false);
	}

	@Test
	@DirtiesContext
	void detectsTheTailCutBackToAnOlderHeadRowAgainstTheCheckpointFile() {
		var oldSeq = ((Number) head.get("seq")).longValue();
		for (int i = 0; i < 12; i++) {
			Consents.grant(mvc, json, site, "analytics");
		}
		jdbc.sql("DELETE FROM consent_records WHERE seq > :seq").param("seq", oldSeq).update();
		jdbc.sql("UPDATE consent_head SET seq = :seq, hash = :hash, keyed_from = :keyed_from, mac = :mac WHERE id = 1")
			.params(head).update();
		var result = verify();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.reason").asString().contains("cut off");
		assertThat(result).bodyJson().extractingPath("$.checkedAgainst").asString().startsWith("checkpoint file, seq ");
	}

	@Test
	void detectsTheTailCutAndTheHeadRewoundToTheNewLastRecord() {
		var keep = lastSeq() - 1;
		jdbc.sql("DELETE FROM consent_records WHERE seq > :keep").param("keep", keep).update();
		jdbc.sql("UPDATE consent_head SET seq = :seq, hash = (SELECT hash FROM consent_records WHERE seq = :seq) WHERE id = 1")
			.param("seq", keep).update();
		var result = verify();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.reason").asString().containsAnyOf("not sealed", "cut off");
	}

	/** Recomputes every hash from seq on with the unkeyed SHA-256 link, as someone without the key would. */
	private void rehashFrom(long from) {
		var rows = jdbc.sql("SELECT * FROM consent_records ORDER BY seq").query().listOfRows();
		var previous = HashChain.GENESIS;
		for (var row : rows) {
			var seq = ((Number) row.get("seq")).longValue();
			var hash = ((String) row.get("hash")).trim();
			if (seq >= from) {
				var at = jdbc.sql("SELECT recorded_at FROM consent_records WHERE seq = :seq").param("seq", seq)
					.query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
				hash = HashChain.hash(previous, seq, row.get("site_id"), row.get("consent_id"), row.get("granted"),
						row.get("denied"), row.get("cause"), row.get("banner_version"), row.get("statement_version"),
						row.get("language"), at.toInstant().toEpochMilli(), ((String) row.get("details_digest")).trim());
				jdbc.sql("UPDATE consent_records SET prev_hash = :prev, hash = :hash WHERE seq = :seq")
					.param("prev", previous).param("hash", hash).param("seq", seq).update();
			}
			previous = hash;
		}
		jdbc.sql("UPDATE consent_head SET seq = :seq, hash = :hash WHERE id = 1").param("seq", rows.size())
			.param("hash", previous).update();
	}

	private long lastSeq() {
		return jdbc.sql("SELECT MAX(seq) FROM consent_records").query(Long.class).single();
	}

	private MvcTestResult verify() {
		return admin.get("/api/v1/consent-records/verify").exchange();
	}
}
