package io.custodian.request.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.custodian.TestDatabase;
import io.custodian.customer.CustomerPatch;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.NewCustomer;
import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The request module with what it depends on (and consent with collect, whose consent question consent answers): a
 * customer's registration, delivered after its commit through the event publication registry, gives them the
 * privacy requests sent earlier from their address.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "consent", "collect" })
@ContextConfiguration(initializers = TestDatabase.class)
class EarlierRequestsIntegrationTests {

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	@Autowired
	RequestDesk desk;

	@Autowired
	CustomerVault vault;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegistrationGivesTheCustomerTheRequestsSentEarlierFromTheirAddress(Scenario scenario) {
		var email = "earlier-" + UUID.randomUUID() + "@example.com";
		var earlier = desk.submit(new NewRequest(null, "access", email, null, null, null, null, "en", "api")).id();
		var other = desk.submit(new NewRequest(null, "access", "other-" + email, null, null, null, null, "en", "api"))
			.id();

		scenario.stimulate(() -> vault.register(customer(email)))
			.andWaitAtMost(DELIVERY)
			.andWaitForStateChange(() -> customerOf(earlier))
			.andVerify((linked, registered) -> {
				assertThat(linked).contains(registered);
				assertThat(customerOf(other)).isEmpty();
			});
		await().atMost(DELIVERY).untilAsserted(() -> assertThat(outstandingPublications()).isZero());
	}

	@Test
	void aChangedEmailGivesTheCustomerTheRequestsSentEarlierFromTheNewAddress(Scenario scenario) {
		var email = "changed-" + UUID.randomUUID() + "@example.com";
		var earlier = desk.submit(new NewRequest(null, "deletion", email, null, null, null, null, "en", "api")).id();
		var customer = vault.register(customer("before-" + email));

		scenario.stimulate(() -> vault.update(customer,
				new CustomerPatch(Map.of("email", email), null, null, null, "customer-form", null, null)))
			.andWaitAtMost(DELIVERY)
			.andWaitForStateChange(() -> customerOf(earlier))
			.andVerify(linked -> assertThat(linked).contains(customer));
		await().atMost(DELIVERY).untilAsserted(() -> assertThat(outstandingPublications()).isZero());
	}

	private static NewCustomer customer(String email) {
		return new NewCustomer(email, "Early Bird", null, null, null, null, null, null, "staff", List.of("support"),
				List.of());
	}

	private Optional<UUID> customerOf(UUID request) {
		return jdbc.sql("SELECT customer_id FROM privacy_requests WHERE id = :id").param("id", request)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).single();
	}

	private long outstandingPublications() {
		return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE :listener")
			.param("listener", "%EarlierRequests%").query(Long.class).single();
	}
}
