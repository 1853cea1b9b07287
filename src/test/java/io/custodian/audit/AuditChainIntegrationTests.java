package io.custodian.audit;

import java.util.Map;

import io.custodian.Api;
import io.custodian.CustodianTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
@DirtiesContext
class AuditChainIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	Api admin;

	@BeforeEach
	void writeSomeHistory() {
		admin = Api.asAdmin(mvc);
		for (int i = 0; i < 3; i++) {
			admin.post("/api/v1/customers", """
					{"email":"audit-%d-%d@example.com","source":"staff","purposes":["support"]}"""
				.formatted(System.nanoTime(), i)).exchange();
		}
	}

	@Test
	void reportsAnIntactChain() {
		var result = admin.get("/api/v1/audit/verify").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.entries").asNumber().satisfies(n -> assertThat(n.longValue())
			.isEqualTo(audit.count()).isGreaterThanOrEqualTo(3));
	}

	@Test
	void detectsAChangedEntry() {
		var seq = audit.recent(5, null).get(2).seq();
		var original = row(seq);
		jdbc.sql("UPDATE audit_entries SET actor = 'somebody-else' WHERE seq = :seq").param("seq", seq).update();
		try {
			var result = admin.get("/api/v1/audit/verify").exchange();
			assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
			assertThat(result).bodyJson().extractingPath("$.firstBrokenEntry").asNumber()
				.satisfies(n -> assertThat(n.longValue()).isEqualTo(seq));
		}
		finally {
			jdbc.sql("UPDATE audit_entries SET actor = :actor WHERE seq = :seq").param("actor", original.get("actor"))
				.param("seq", seq).update();
		}
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void detectsADeletedEntry() {
		var seq = audit.recent(5, null).get(2).seq();
		var original = row(seq);
		jdbc.sql("DELETE FROM audit_entries WHERE seq = :seq").param("seq", seq).update();
		try {
			var result = admin.get("/api/v1/audit/verify").exchange();
			assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
			assertThat(result).bodyJson().extractingPath("$.firstBrokenEntry").asNumber()
				.satisfies(n -> assertThat(n.longValue()).isEqualTo(seq));
			assertThat(result).bodyJson().extractingPath("$.reason").asString().contains("missing");
		}
		finally {
			restore(original);
		}
		assertThat(audit.verify().valid()).isTrue();
	}

	@Test
	void detectsTheLastEntryRemoved() {
		var last = audit.recent(1, null).getFirst().seq();
		var original = row(last);
		jdbc.sql("DELETE FROM audit_entries WHERE seq = :seq").param("seq", last).update();
		try {
			assertThat(audit.verify().valid()).isFalse();
		}
		finally {
			restore(original);
		}
	}

	@Test
	void recordsDenialsAndFailedLogins() {
		Api.as(mvc, "admin", "wrong-password-123").get("/api/v1/audit/verify").exchange();
		var entries = audit.recent(20, null);
		assertThat(entries).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("login");
			assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.FAILED);
		});
	}

	private void restore(Map<String, Object> row) {
		jdbc.sql("""
				INSERT INTO audit_entries (seq, recorded_at, actor, action, subject, purpose, fields, outcome, detail,
				                           prev_hash, hash)
				VALUES (:seq, :recorded_at, :actor, :action, :subject, :purpose, :fields, :outcome, :detail,
				        :prev_hash, :hash)""").params(row).update();
	}

	private Map<String, Object> row(long seq) {
		return jdbc.sql("SELECT * FROM audit_entries WHERE seq = :seq").param("seq", seq).query().singleRow();
	}
}
