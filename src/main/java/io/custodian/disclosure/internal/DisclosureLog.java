package io.custodian.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.disclosure.DisclosureEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosure tables: one row per disclosure and one per customer disclosed in it, with the fields sent. */
@Repository
class DisclosureLog {

	private static final String SELECT = """
			SELECT d.id, s.customer_id, d.recipient_id, r.name AS recipient_name, d.purpose, d.legal_basis, s.fields,
			       d.actor, d.instruction_version, d.disclosed_at
			FROM disclosure_subjects s
			JOIN disclosures d ON d.id = s.disclosure_id
			JOIN disclosure_recipients r ON r.id = d.recipient_id
			""";

	private final JdbcClient jdbc;

	DisclosureLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records one disclosure: what was sent to whom, and per customer the fields sent. */
	void record(Disclosed disclosed, Map<UUID, List<String>> fieldsByCustomer) {
		jdbc.sql("""
				INSERT INTO disclosures (id, recipient_id, purpose, legal_basis, format, actor, instruction_version,
				    disclosed_at)
				VALUES (:id, :recipient, :purpose, :basis, :format, :actor, :version, :at)""")
			.param("id", disclosed.id()).param("recipient", disclosed.recipientId())
			.param("purpose", disclosed.purpose()).param("basis", disclosed.legalBasis())
			.param("format", disclosed.format()).param("actor", disclosed.actor())
			.param("version", disclosed.instructionVersion()).param("at", RecipientRows.utc(disclosed.at()))
			.update();
		fieldsByCustomer.forEach((customer, fields) -> jdbc.sql("""
				INSERT INTO disclosure_subjects (id, disclosure_id, customer_id, fields)
				VALUES (:id, :disclosure, :customer, :fields)""")
			.param("id", UUID.randomUUID()).param("disclosure", disclosed.id()).param("customer", customer)
			.param("fields", String.join(",", fields)).update());
	}

	List<DisclosureEntry> ofCustomer(UUID customerId) {
		return jdbc.sql(SELECT + "WHERE s.customer_id = :id ORDER BY d.disclosed_at DESC, d.id").param("id", customerId)
			.query(DisclosureLog::entry).list();
	}

	List<DisclosureEntry> ofRecipient(UUID recipientId, int limit) {
		return jdbc.sql(SELECT + "WHERE d.recipient_id = :id ORDER BY d.disclosed_at DESC, d.id, s.customer_id LIMIT :limit")
			.param("id", recipientId).param("limit", limit).query(DisclosureLog::entry).list();
	}

	List<DisclosureEntry> latest(String purpose, int limit) {
		var where = purpose == null ? "" : "WHERE d.purpose = :purpose ";
		var query = jdbc.sql(SELECT + where + "ORDER BY d.disclosed_at DESC, d.id, s.customer_id LIMIT :limit")
			.param("limit", limit);
		return (purpose == null ? query : query.param("purpose", purpose)).query(DisclosureLog::entry).list();
	}

	/** Detaches the customer from every disclosure row; the rows stay, no longer linked to the person. */
	int detach(UUID customerId) {
		return jdbc.sql("UPDATE disclosure_subjects SET customer_id = NULL WHERE customer_id = :id")
			.param("id", customerId).update();
	}

	private static DisclosureEntry entry(ResultSet rs, int row) throws SQLException {
		var fields = rs.getString("fields");
		return new DisclosureEntry(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getObject("recipient_id", UUID.class), rs.getString("recipient_name"), rs.getString("purpose"),
				rs.getString("legal_basis"), fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
				rs.getString("actor"), (Integer) rs.getObject("instruction_version", Integer.class),
				RecipientRows.instant(rs, "disclosed_at"));
	}

	/** The disclosure row itself. */
	record Disclosed(UUID id, UUID recipientId, String purpose, String legalBasis, String format, String actor,
			Integer instructionVersion, Instant at) {
	}
}
