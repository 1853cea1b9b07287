package io.custodian.site;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CustodianTest
class SitesIntegrationTests {

	@Autowired
	Sites sites;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangedDomainIsFoundAtOnceEvenWhenAnotherThreadCachedTheOldOneBeforeTheCommit() {
		var site = sites.register(new NewSite("Moving", List.of(domain()), null, null, null));
		var moved = domain();

		transactions.executeWithoutResult(status -> {
			sites.update(site.id(), new NewSite(null, List.of(moved), null, null, null));
			var seenOutside = CompletableFuture.supplyAsync(() -> sites.findByDomain(site.primaryDomain())).join();
			assertThat(seenOutside).map(Site::id).hasValue(site.id());
		});

		assertThat(sites.findByDomain(moved)).map(Site::id).hasValue(site.id());
		assertThat(sites.findByDomain(site.primaryDomain())).isEmpty();
	}

	@Test
	void everySiteChangedPublicationIsCompleted() {
		var site = sites.register(new NewSite("Published", List.of(domain()), null, null, null));
		sites.update(site.id(), new NewSite("Published again", null, null, null, null));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type = :type AND completion_date IS NULL")
			.param("type", SiteChanged.class.getName()).query(Long.class).single()).isZero();
	}

	private static String domain() {
		return "site-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
	}
}
