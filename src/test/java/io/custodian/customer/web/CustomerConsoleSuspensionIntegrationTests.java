package io.custodian.customer.web;

import java.util.List;
import java.util.UUID;

import io.custodian.Api;
import io.custodian.CustodianTest;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.PersonalDataStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static io.custodian.customer.web.CustomerConsoleIntegrationTests.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The console's edit form and confirmation save nothing for a suspended customer and say why. */
@CustodianTest
class CustomerConsoleSuspensionIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataStore> stores;

	UUID id;

	String email;

	@BeforeEach
	void suspendedCustomer() {
		email = "console-suspended-" + UUID.randomUUID() + "@example.com";
		var result = Api.asAdmin(mvc).post("/api/v1/customers", """
				{"email":"%s","name":"Old Name","source":"import","purposes":["support"]}""".formatted(email))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		id = UUID.fromString(json.readTree(result.getResponse().getContentAsByteArray()).get("id").asString());
		stores.stream().filter(s -> s.describe().store().equals("customer")).findFirst().orElseThrow()
			.restrict(DataSubject.customer(id));
	}

	@Test
	void theEditFormSavesNothingForASuspendedCustomer() {
		var before = fields();
		assertThat(mvc.post().uri("/customers/{id}", id).with(admin()).with(csrf())
			.param("purpose", "support")
			.param("value.email", email).param("original.email", email)
			.param("value.name", "New Name").param("original.name", "Old Name"))
			.hasStatus3xxRedirection()
			.flash().hasEntrySatisfying("alert", alert -> assertThat(alert.toString()).contains("suspended"))
			.doesNotContainKey("notice");
		assertThat(fields()).isEqualTo(before);
	}

	@Test
	void theConfirmationButtonRecordsNothingForASuspendedCustomer() {
		var before = fields();
		assertThat(mvc.post().uri("/customers/{id}/confirmation", id).with(admin()).with(csrf())
			.param("purpose", "support"))
			.hasStatus3xxRedirection()
			.flash().hasEntrySatisfying("alert", alert -> assertThat(alert.toString()).contains("suspended"))
			.doesNotContainKey("notice");
		assertThat(fields()).isEqualTo(before);
	}

	private List<String> fields() {
		return jdbc.sql("SELECT field || '|' || source || '|' || CAST(updated_at AS VARCHAR(40)) || '|' "
				+ "|| COALESCE(CAST(verified_at AS VARCHAR(40)), '-') FROM customer_fields WHERE customer_id = :id "
				+ "ORDER BY field").param("id", id).query(String.class).list();
	}
}
