package io.custodian.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.custodian.disclosure.Instruction;
import io.custodian.disclosure.Recipient;
import io.custodian.disclosure.RecipientInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recipient tables: recipients, their allowed fields per purpose and their instruction versions. */
@Repository
class RecipientRows {

	private final JdbcClient jdbc;

	RecipientRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Recipient> all() {
		return jdbc.sql("SELECT * FROM disclosure_recipients ORDER BY name, id").query(this::recipient).list();
	}

	Optional<Recipient> find(UUID id) {
		return jdbc.sql("SELECT * FROM disclosure_recipients WHERE id = :id").param("id", id).query(this::recipient)
			.optional();
	}

	void insert(UUID id, RecipientInput input, Instant now) {
		jdbc.sql("""
				INSERT INTO disclosure_recipients (id, name, kind, legal_entity, country, safeguard, contract_reference,
				    contract_expires, contact_email, active, created_at, updated_at)
				VALUES (:id, :name, :kind, :entity, :country, :safeguard, :contract, :expires, :email, :active, :now, :now)""")
			.params(params(id, input, now)).update();
		insertFields(id, input.purposes());
	}

	void update(UUID id, RecipientInput input, Instant now) {
		jdbc.sql("""
				UPDATE disclosure_recipients SET name = :name, kind = :kind, legal_entity = :entity, country = :country,
				    safeguard = :safeguard, contract_reference = :contract, contract_expires = :expires,
				    contact_email = :email, active = :active, updated_at = :now
				WHERE id = :id""").params(params(id, input, now)).update();
		jdbc.sql("DELETE FROM disclosure_recipient_fields WHERE recipient_id = :id").param("id", id).update();
		insertFields(id, input.purposes());
	}

	int delete(UUID id) {
		return jdbc.sql("DELETE FROM disclosure_recipients WHERE id = :id").param("id", id).update();
	}

	boolean hasDisclosures(UUID id) {
		return jdbc.sql("SELECT COUNT(*) FROM disclosures WHERE recipient_id = :id").param("id", id).query(Long.class)
			.single() > 0;
	}

	Instruction addInstruction(UUID id, String text, String actor, Instant now) {
		var version = latestVersion(id).orElse(0) + 1;
		jdbc.sql("""
				INSERT INTO disclosure_instructions (recipient_id, version, text, created_at, created_by)
				VALUES (:id, :version, :text, :now, :actor)""").param("id", id).param("version", version)
			.param("text", text).param("now", utc(now)).param("actor", actor).update();
		return new Instruction(version, text, now, actor);
	}

	List<Instruction> instructions(UUID id) {
		return jdbc.sql("SELECT * FROM disclosure_instructions WHERE recipient_id = :id ORDER BY version DESC")
			.param("id", id)
			.query((rs, n) -> new Instruction(rs.getInt("version"), rs.getString("text"), instant(rs, "created_at"),
					rs.getString("created_by")))
			.list();
	}

	private Optional<Integer> latestVersion(UUID id) {
		return jdbc.sql("SELECT MAX(version) FROM disclosure_instructions WHERE recipient_id = :id").param("id", id)
			.query((rs, n) -> (Integer) rs.getObject(1, Integer.class)).optional();
	}

	private void insertFields(UUID id, Map<String, List<String>> purposes) {
		purposes.forEach((purpose, fields) -> fields.forEach(field -> jdbc.sql("""
				INSERT INTO disclosure_recipient_fields (recipient_id, purpose, field) VALUES (:id, :purpose, :field)""")
			.param("id", id).param("purpose", purpose).param("field", field).update()));
	}

	private Recipient recipient(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var country = rs.getString("country");
		return new Recipient(id, rs.getString("name"), rs.getString("kind"), rs.getString("legal_entity"), country,
				TransferCountries.thirdCountry(country), rs.getString("safeguard"), rs.getString("contract_reference"),
				rs.getObject("contract_expires", LocalDate.class), rs.getString("contact_email"),
				rs.getBoolean("active"), fields(id), latestVersion(id).orElse(null), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private Map<String, List<String>> fields(UUID id) {
		var fields = new TreeMap<String, List<String>>();
		jdbc.sql("SELECT purpose, field FROM disclosure_recipient_fields WHERE recipient_id = :id ORDER BY purpose, field")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getString("purpose"), rs.getString("field"))).list()
			.forEach(e -> fields.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return fields;
	}

	private static Map<String, Object> params(UUID id, RecipientInput input, Instant now) {
		var params = new java.util.HashMap<String, Object>();
		params.put("id", id);
		params.put("name", input.name());
		params.put("kind", input.kind());
		params.put("entity", input.legalEntity());
		params.put("country", input.country());
		params.put("safeguard", input.safeguard());
		params.put("contract", input.contractReference());
		params.put("expires", input.contractExpires());
		params.put("email", input.contactEmail());
		params.put("active", input.active());
		params.put("now", utc(now));
		return params;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
