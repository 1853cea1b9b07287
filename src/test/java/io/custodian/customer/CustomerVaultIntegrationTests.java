package io.custodian.customer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

@CustodianTest
class CustomerVaultIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	java.util.List<PersonalDataStore> stores;

	UUID create(String email, String source) {
		var result = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"%s","name":"Stale Person","source":"%s","purposes":["support"]}""".formatted(email, source))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
	}

	@Test
	void listsUnverifiedFieldsAsStaleUntilTheCustomerConfirms() {
		var id = create("stale-" + UUID.randomUUID() + "@example.com", "import");
		var admin = Api.asAdmin(mvc);
		var stale = admin.get("/api/v1/customers/stale?limit=500").exchange();
		assertThat(stale).bodyJson().extractingPath("$.fields[*].customerId").asArray().contains(id.toString());
		assertThat(admin.post("/api/v1/customers/{id}/confirmation", "{}", id).exchange()).hasStatusOk();
		var after = admin.get("/api/v1/customers/stale?limit=500").exchange();
		assertThat(after).bodyJson().extractingPath("$.fields[*].customerId").asArray().doesNotContain(id.toString());
	}

	@Test
	void fieldsVerifiedLongerAgoThanThePeriodBecomeStale() {
		var id = create("old-" + UUID.randomUUID() + "@example.com", "customer-form");
		jdbc.sql("UPDATE customer_fields SET verified_at = :old WHERE customer_id = :id")
			.param("old", OffsetDateTime.ofInstant(Instant.now().minusSeconds(400L * 86400), ZoneOffset.UTC))
			.param("id", id).update();
		var stale = Api.asAdmin(mvc).get("/api/v1/customers/stale?limit=500").exchange();
		assertThat(stale).bodyJson().extractingPath("$.fields[*].customerId").asArray().contains(id.toString());
	}

	@Test
	void restrictedCustomerIsDeniedForEveryPurpose() {
		var id = create("restricted-" + UUID.randomUUID() + "@example.com", "customer-form");
		var store = stores.stream().filter(s -> s.describe().store().equals("customer")).findFirst().orElseThrow();
		store.restrict(DataSubject.customer(id));
		var denied = Api.asAdmin(mvc).get("/api/v1/customers/{id}?purpose=support", id).exchange();
		assertThat(denied).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(denied).bodyJson().extractingPath("$.reason").isEqualTo("subject-restricted");
		assertThat(Api.asAdmin(mvc).get("/api/v1/customers/{id}?purpose=legal-obligation", id).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		store.lift(DataSubject.customer(id));
		assertThat(Api.asAdmin(mvc).get("/api/v1/customers/{id}?purpose=support", id).exchange()).hasStatusOk();
	}

	@Test
	void erasureLeavesNothingFindable() {
		var email = "erase-" + UUID.randomUUID() + "@example.com";
		var id = create(email, "customer-form");
		var store = stores.stream().filter(s -> s.describe().store().equals("customer")).findFirst().orElseThrow();
		assertThat(store.export(DataSubject.customer(id))).containsKey("fields");
		var outcome = store.erase(DataSubject.customer(id));
		assertThat(outcome.rowsRemoved()).isGreaterThanOrEqualTo(3);
		assertThat(Api.asAdmin(mvc).get("/api/v1/customers?email={e}&purpose=support", email).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_fields WHERE customer_id = :id").param("id", id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void importsCsvAndReportsEachRejectedRow() {
		var marker = UUID.randomUUID().toString().substring(0, 8);
		var csv = """
				email,name,country,purposes,attributes.tier
				one-%1$s@example.com,One,DE,support,gold
				not-an-email,Two,DE,support,
				three-%1$s@example.com,Three,Narnia,support,
				ONE-%1$s@example.com,Dup,DE,support,
				four-%1$s@example.com,Four,FR,support;feedback,
				five-%1$s@example.com,Five,FR,,
				""".formatted(marker);
		var result = mvc.post().uri("/api/v1/customers/import").with(httpBasic("admin", io.custodian.TestDatabase.ADMIN_PASSWORD))
			.contentType(MediaType.parseMediaType("text/csv")).content(csv).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.rows").isEqualTo(6);
		assertThat(result).bodyJson().extractingPath("$.imported").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.rejected[*].row").asArray().containsExactly(3, 4, 5, 7);
		assertThat(result).bodyJson().extractingPath("$.rejected[*].field").asArray()
			.containsExactly("email", "country", "email", "purposes");
		var imported = Api.asAdmin(mvc).get("/api/v1/customers?email={e}&purpose=support", "four-" + marker + "@example.com")
			.exchange();
		assertThat(imported).hasStatusOk();
		assertThat(imported).bodyJson().extractingPath("$.fields.name.source").isEqualTo("import");
	}

	@Test
	void dryRunImportsNothing() {
		var email = "dry-" + UUID.randomUUID() + "@example.com";
		var result = mvc.post().uri("/api/v1/customers/import?dryRun=true")
			.with(httpBasic("admin", io.custodian.TestDatabase.ADMIN_PASSWORD))
			.contentType(MediaType.parseMediaType("text/csv")).content("email,purposes\n" + email + ",support\n").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.imported").isEqualTo(1);
		assertThat(Api.asAdmin(mvc).get("/api/v1/customers?email={e}&purpose=support", email).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesCsvWithUnknownColumns() {
		var result = mvc.post().uri("/api/v1/customers/import")
			.with(httpBasic("admin", io.custodian.TestDatabase.ADMIN_PASSWORD))
			.contentType(MediaType.parseMediaType("text/csv")).content("email,password\na@example.com,x\n").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
	}
}
