package io.custodian.personaldata;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.custodian.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every table is either covered by a personal-data store or declared to hold no personal data. */
@CustodianTest
class PersonalDataMapIntegrationTests {

	/** Tables that hold no data about a customer or visitor, and why. */
	static final Set<String> WITHOUT_PERSONAL_DATA = Set.of(
			"flyway_schema_history", // migrations
			"audit_entries", "audit_head", // ids and field names only, never values (checked in the encryption tests)
			"staff", "api_tokens", // staff accounts, not customers
			"purposes", "purpose_compatibility", // the registry
			"sites", "collect_salts", "shedlock", // configuration, daily salts, job locks
			"analytics_rollup", "analytics_rollup_daily", "analytics_rollup_zones", "analytics_watermark", // aggregates without identifiers
			"analytics_segments", "analytics_segment_days", "analytics_segment_values", // filters and their aggregates
			"analytics_seen", "analytics_sessions", "analytics_pageviews", // hashed working state, purged after 2-3 days
			"analytics_imported", "history_imports", // imported daily aggregates; imports with counts and a report of rows
			"consent_configs", "cookie_declarations", "privacy_statements", "consent_head", // banner configuration
			"disclosure_recipients", "disclosure_recipient_fields", "disclosure_instructions", // organisations, not customers
			"news_topics", "news_campaigns", // topics and campaign texts written by staff
			"news_imports", // subscriber files: file name, staff member, status; the lines are in the news store
			"recipient_credentials", // recipients' API credentials: hashed secrets, no customer data
			"opinion_surveys", "opinion_questions", // surveys and questions written by staff
			"processed_messages", // ids of mailbox messages already turned into requests, no content
			"support_mail_in", // hashes of the Message-IDs of support mails already filed, with the outcome; no content
			"event_publication"); // events between modules until their listener completed (then deleted): ids, mail only as ciphertext

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataStore> stores;

	@Test
	void everyTableWithPersonalDataIsCoveredByAStore() {
		var covered = new HashSet<String>();
		stores.forEach(store -> covered.addAll(store.describe().tables()));
		var tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema IN ('public', 'PUBLIC') AND table_type IN ('BASE TABLE', 'TABLE')""")
			.query(String.class).list().stream().map(t -> t.toLowerCase(Locale.ROOT))
			.filter(t -> !t.startsWith("events_"))
			.toList();
		assertThat(tables).isNotEmpty();
		assertThat(tables).allSatisfy(table -> assertThat(covered.contains(table) || WITHOUT_PERSONAL_DATA.contains(table))
			.as("table %s is covered by a PersonalDataStore or declared free of personal data", table).isTrue());
	}

	@Test
	void everyStoreDescribesWhatItHolds() {
		assertThat(stores).extracting(s -> s.describe().store()).contains("customer", "analytics");
		assertThat(stores).allSatisfy(s -> {
			assertThat(s.describe().tables()).isNotEmpty();
			assertThat(s.describe().fields()).isNotEmpty();
			assertThat(s.describe().retention()).isNotBlank();
		});
	}
}
