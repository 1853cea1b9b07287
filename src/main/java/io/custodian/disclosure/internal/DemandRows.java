package io.custodian.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.custodian.disclosure.internal.LegalDemand.Notice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demand tables: the demand, the customers it names (and which were granted) and the notices to them. */
@Repository
class DemandRows {

	private final JdbcClient jdbc;

	private final DemandCrypto crypto;

	DemandRows(JdbcClient jdbc, DemandCrypto crypto) {
		this.jdbc = jdbc;
		this.crypto = crypto;
	}

	void insert(UUID id, DemandInput input, String actor) {
		jdbc.sql("""
				INSERT INTO disclosure_demands (id, recipient_id, reference, legal_basis, purpose, fields, period_from,
				    period_to, due_date, received_at, received_by, status)
				VALUES (:id, :recipient, :reference, :basis, :purpose, :fields, :from, :to, :due, :received, :by, 'received')""")
			.param("id", id).param("recipient", input.recipient()).param("reference", input.reference())
			.param("basis", crypto.encrypt(id, "legal_basis", input.legalBasis())).param("purpose", input.purpose())
			.param("fields", String.join(",", input.fields())).param("from", input.periodFrom())
			.param("to", input.periodTo()).param("due", input.dueDate())
			.param("received", RecipientRows.utc(input.receivedAt())).param("by", actor).update();
		input.customers().stream().distinct().forEach(c -> jdbc.sql("""
				INSERT INTO disclosure_demand_customers (id, demand_id, customer_id, granted) VALUES (:id, :d, :c, FALSE)""")
			.param("id", UUID.randomUUID()).param("d", id).param("c", c).update());
	}

	boolean referenceTaken(UUID recipient, String reference) {
		return jdbc.sql("SELECT COUNT(*) FROM disclosure_demands WHERE recipient_id = :r AND reference = :ref")
			.param("r", recipient).param("ref", reference).query(Long.class).single() > 0;
	}

	/** Records the decision if none was recorded yet; false when the demand was decided already. */
	boolean decide(UUID id, String status, String decision, String reason, String actor, Instant at,
			List<UUID> granted, List<String> fields) {
		var updated = jdbc.sql("""
				UPDATE disclosure_demands SET status = :status, decision = :decision, decision_reason = :reason,
				    decided_by = :by, decided_at = :at, granted_fields = :fields
				WHERE id = :id AND status = 'received'""")
			.param("status", status).param("decision", decision)
			.param("reason", crypto.encrypt(id, "decision_reason", reason)).param("by", actor)
			.param("at", RecipientRows.utc(at)).param("fields", String.join(",", fields)).param("id", id).update();
		granted.forEach(c -> jdbc.sql("""
				UPDATE disclosure_demand_customers SET granted = TRUE WHERE demand_id = :d AND customer_id = :c""")
			.param("d", id).param("c", c).update());
		return updated == 1;
	}

	/** Records the package if the demand was still decided; false otherwise. */
	boolean packaged(UUID id, UUID disclosureId, Instant at, String status) {
		return jdbc.sql("""
				UPDATE disclosure_demands SET status = :status, disclosure_id = :disclosure, packaged_at = :at
				WHERE id = :id AND status = 'decided'""")
			.param("status", status).param("disclosure", disclosureId).param("at", RecipientRows.utc(at))
			.param("id", id).update() == 1;
	}

	void defer(UUID id, String reason, LocalDate until, String status) {
		jdbc.sql("""
				UPDATE disclosure_demands SET notice_reason = :reason, notice_until = :until, status = :status
				WHERE id = :id""").param("reason", crypto.encrypt(id, "notice_reason", reason)).param("until", until)
			.param("status", status).param("id", id).update();
	}

	void status(UUID id, String status) {
		jdbc.sql("UPDATE disclosure_demands SET status = :s WHERE id = :id").param("s", status).param("id", id).update();
	}

	void queueNotice(UUID demand, UUID customer, Instant sendAfter) {
		jdbc.sql("""
				INSERT INTO disclosure_demand_notices (demand_id, customer_id, status, send_after, updated_at)
				VALUES (:d, :c, 'queued', :after, :now)""").param("d", demand).param("c", customer)
			.param("after", RecipientRows.utc(sendAfter)).param("now", RecipientRows.utc(Instant.now())).update();
	}

	void postponeNotices(UUID demand, Instant sendAfter) {
		jdbc.sql("UPDATE disclosure_demand_notices SET send_after = :after WHERE demand_id = :d AND status = 'queued'")
			.param("after", RecipientRows.utc(sendAfter)).param("d", demand).update();
	}

	List<UUID> ids() {
		return jdbc.sql("SELECT id FROM disclosure_demands ORDER BY due_date, received_at").query(UUID.class).list();
	}

	Optional<LegalDemand> find(UUID id) {
		return jdbc.sql("""
				SELECT d.*, r.name AS authority FROM disclosure_demands d
				JOIN disclosure_recipients r ON r.id = d.recipient_id WHERE d.id = :id""")
			.param("id", id).query(this::demand).optional();
	}

	private LegalDemand demand(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var customers = jdbc.sql("""
				SELECT customer_id, granted FROM disclosure_demand_customers
				WHERE demand_id = :d AND customer_id IS NOT NULL ORDER BY customer_id""").param("d", id)
			.query((r, n) -> new Asked(r.getObject(1, UUID.class), r.getBoolean(2))).list();
		var notices = jdbc.sql("""
				SELECT * FROM disclosure_demand_notices WHERE demand_id = :d ORDER BY customer_id""").param("d", id)
			.query((r, n) -> new Notice(r.getObject("customer_id", UUID.class), r.getString("status"),
					RecipientRows.instant(r, "send_after"), RecipientRows.instant(r, "sent_at"), r.getString("reason")))
			.list();
		return new LegalDemand(id, rs.getObject("recipient_id", UUID.class), rs.getString("authority"),
				rs.getString("reference"), crypto.decrypt(id, "legal_basis", rs.getBytes("legal_basis")),
				rs.getString("purpose"), customers.stream().map(Asked::customer).toList(), split(rs.getString("fields")),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), RecipientRows.instant(rs, "received_at"),
				rs.getString("received_by"), rs.getString("status"), rs.getString("decision"),
				crypto.decrypt(id, "decision_reason", rs.getBytes("decision_reason")), rs.getString("decided_by"),
				RecipientRows.instant(rs, "decided_at"),
				customers.stream().filter(Asked::granted).map(Asked::customer).toList(),
				rs.getString("granted_fields") == null ? List.of() : split(rs.getString("granted_fields")),
				rs.getObject("disclosure_id", UUID.class), RecipientRows.instant(rs, "packaged_at"),
				crypto.decrypt(id, "notice_reason", rs.getBytes("notice_reason")),
				rs.getObject("notice_until", LocalDate.class), notices);
	}

	private static List<String> split(String text) {
		return Arrays.stream(Objects.requireNonNullElse(text, "").split(",")).filter(f -> !f.isEmpty()).toList();
	}

	private record Asked(UUID customer, boolean granted) {
	}
}
