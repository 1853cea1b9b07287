package io.custodian.customer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.TestDatabase;
import io.custodian.system.SystemSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
class CustomerEncryptionIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	SystemSettings system;

	final String marker = UUID.randomUUID().toString().substring(0, 8);

	final String email = "secret.person." + marker + "@example.com";

	final String name = "Zelda Quux" + marker;

	final String phone = "+49 30 " + marker.replaceAll("[^0-9]", "1");

	UUID create() {
		var result = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"%s","name":"%s","phone":"%s","source":"staff","purposes":["support"]}"""
			.formatted(email, name, phone)).exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	@Test
	void storesNoPlaintextInTheRows() {
		var id = create();
		var rows = jdbc.sql("SELECT * FROM customer_fields WHERE customer_id = :id").param("id", id)
			.query((rs, n) -> new String(rs.getBytes("value_ct"), StandardCharsets.ISO_8859_1)
					+ rs.getString("field") + rs.getString("purposes"))
			.list();
		assertThat(rows).hasSize(3);
		var everything = String.join("|", rows) + jdbc.sql("SELECT email_index FROM customers WHERE id = :id")
			.param("id", id).query(String.class).single();
		assertThat(everything).doesNotContain(email, name, phone, marker);
		var audit = jdbc.sql("SELECT * FROM audit_entries").query((rs, n) -> rs.getString("subject") + rs.getString("fields")
				+ rs.getString("detail")).list();
		assertThat(String.join("|", audit)).doesNotContain(email, name, marker);
	}

	@Test
	void storesNoPlaintextInTheDatabaseFiles() throws IOException {
		create();
		var control = "plain-control-" + marker;
		Api.asAdmin(mvc).post("/api/v1/sites", """
				{"name":"%s","domains":["control-%s.example"]}""".formatted(control, marker)).exchange();
		jdbc.sql(TestDatabase.isPostgres() ? "CHECKPOINT" : "CHECKPOINT SYNC").update();
		var directory = TestDatabase.isPostgres() ? TestDatabase.postgresDataDirectory().resolve("base").resolve(
				jdbc.sql("SELECT CAST(oid AS VARCHAR) FROM pg_database WHERE datname = current_database()")
					.query(String.class).single()) : system.dataDir();
		var places = TestDatabase.isPostgres()
				? List.of(directory, TestDatabase.postgresDataDirectory().resolve("pg_wal")) : List.of(directory);
		var controlFound = false;
		for (var place : places) {
			controlFound |= assertNoPlaintextIn(place, control);
		}
		assertThat(controlFound).as("the scan finds a value stored in plain text, so it would find a leak").isTrue();
	}

	/** Fails on any file holding the personal values; answers whether the plain control value was seen. */
	private boolean assertNoPlaintextIn(Path directory, String control) throws IOException {
		var controlFound = false;
		try (var files = Files.walk(directory)) {
			for (var file : files.filter(Files::isRegularFile).toList()) {
				var bytes = Files.readAllBytes(file);
				var content = new String(bytes, StandardCharsets.ISO_8859_1);
				assertThat(content).as(file.toString()).doesNotContain(email, name, phone);
				var utf16 = new String(bytes, StandardCharsets.UTF_16BE);
				assertThat(utf16).as(file.toString()).doesNotContain(email, name);
				controlFound |= content.contains(control) || utf16.contains(control);
			}
		}
		return controlFound;
	}

	@Test
	void ciphertextMovedToAnotherCustomerDoesNotDecrypt() throws Exception {
		var first = create();
		var other = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"other.%s@example.com","name":"Other","source":"staff","purposes":["support"]}"""
			.formatted(marker)).exchange();
		var second = UUID.fromString(json.readTree(other.getResponse().getContentAsByteArray()).get("id").asString());
		var stolen = jdbc.sql("SELECT value_ct FROM customer_fields WHERE customer_id = :id AND field = 'name'")
			.param("id", first).query(byte[].class).single();
		jdbc.sql("UPDATE customer_fields SET value_ct = :ct WHERE customer_id = :id AND field = 'name'")
			.param("ct", stolen).param("id", second).update();
		var read = Api.asAdmin(mvc).get("/api/v1/customers/{id}?purpose=support", second).exchange();
		assertThat(read.getResponse().getStatus()).isEqualTo(500);
		assertThat(read.getResponse().getContentAsString()).doesNotContain(name);
		jdbc.sql("DELETE FROM customer_fields WHERE customer_id = :id AND field = 'name'").param("id", second).update();
	}

	@Test
	void rotatesTheKeyAndReencryptsEveryValue() throws Exception {
		var id = create();
		var admin = Api.asAdmin(mvc);
		var before = jdbc.sql("SELECT value_ct FROM customer_fields WHERE customer_id = :id AND field = 'email'")
			.param("id", id).query(byte[].class).single();
		var rotation = admin.post("/api/v1/keys/rotation", "").exchange();
		assertThat(rotation.getResponse().getStatus()).isEqualTo(200);
		@SuppressWarnings("unchecked")
		var body = (Map<String, Object>) json.readValue(rotation.getResponse().getContentAsByteArray(), Map.class);
		assertThat((Integer) body.get("keys")).isGreaterThanOrEqualTo(2);
		assertThat((Integer) ((Map<?, ?>) body.get("reencrypted")).get("customer")).isGreaterThanOrEqualTo(3);
		var after = jdbc.sql("SELECT value_ct FROM customer_fields WHERE customer_id = :id AND field = 'email'")
			.param("id", id).query(byte[].class).single();
		assertThat(after).isNotEqualTo(before);
		assertThat(List.of(after[1], after[2], after[3], after[4])).isNotEqualTo(List.of(before[1], before[2], before[3], before[4]));
		var read = admin.get("/api/v1/customers?email={e}&purpose=support", email).exchange();
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		assertThat(read.getResponse().getContentAsString()).contains(name);
	}
}
