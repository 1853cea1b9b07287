package io.custodian.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import io.custodian.customer.StaleField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customers, their encrypted fields and their purpose consents, in plain SQL. */
@Repository
class Customers {

	private final JdbcClient jdbc;

	Customers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String emailIndex, Instant now) {
		jdbc.sql("""
				INSERT INTO customers (id, email_index, status, created_at, updated_at)
				VALUES (:id, :index, 'active', :now, :now)""")
			.param("id", id)
			.param("index", emailIndex)
			.param("now", utc(now))
			.update();
	}

	Optional<CustomerRecord> find(UUID id) {
		return jdbc.sql("SELECT * FROM customers WHERE id = :id").param("id", id).query(Customers::record).optional();
	}

	Optional<UUID> findByEmailIndex(String index) {
		return jdbc.sql("SELECT id FROM customers WHERE email_index = :index").param("index", index)
			.query(UUID.class).optional();
	}

	void touch(UUID id, Instant now) {
		jdbc.sql("UPDATE customers SET updated_at = :now WHERE id = :id").param("now", utc(now)).param("id", id).update();
	}

	void changeEmailIndex(UUID id, String index) {
		jdbc.sql("UPDATE customers SET email_index = :index WHERE id = :id").param("index", index).param("id", id)
			.update();
	}

	int setStatus(UUID id, String status) {
		return jdbc.sql("UPDATE customers SET status = :status WHERE id = :id").param("status", status)
			.param("id", id).update();
	}

	int delete(UUID id) {
		jdbc.sql("DELETE FROM customer_purpose_consents WHERE customer_id = :id").param("id", id).update();
		var fields = jdbc.sql("DELETE FROM customer_fields WHERE customer_id = :id").param("id", id).update();
		return fields + jdbc.sql("DELETE FROM customers WHERE id = :id").param("id", id).update();
	}

	List<StoredField> fields(UUID id) {
		return jdbc.sql("SELECT * FROM customer_fields WHERE customer_id = :id ORDER BY field")
			.param("id", id)
			.query(Customers::field)
			.list();
	}

	void upsertField(UUID id, StoredField field) {
		var updated = jdbc.sql("""
				UPDATE customer_fields SET value_ct = :ct, source = :source, purposes = :purposes,
				       updated_at = :updated, verified_at = :verified
				WHERE customer_id = :id AND field = :field""")
			.params(fieldParams(id, field))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO customer_fields (customer_id, field, value_ct, source, purposes, updated_at, verified_at)
					VALUES (:id, :field, :ct, :source, :purposes, :updated, :verified)""")
				.params(fieldParams(id, field))
				.update();
		}
	}

	void deleteField(UUID id, String key) {
		jdbc.sql("DELETE FROM customer_fields WHERE customer_id = :id AND field = :field").param("id", id)
			.param("field", key).update();
	}

	int verify(UUID id, Collection<String> keys, Instant now) {
		return jdbc.sql("UPDATE customer_fields SET verified_at = :now WHERE customer_id = :id AND field IN (:fields)")
			.param("now", utc(now))
			.param("id", id)
			.param("fields", keys)
			.update();
	}

	Set<String> consents(UUID id) {
		return new TreeSet<>(jdbc.sql("SELECT purpose FROM customer_purpose_consents WHERE customer_id = :id")
			.param("id", id).query(String.class).list());
	}

	void replaceConsents(UUID id, Collection<String> purposes, Instant now) {
		jdbc.sql("DELETE FROM customer_purpose_consents WHERE customer_id = :id").param("id", id).update();
		for (var purpose : new TreeSet<>(purposes)) {
			jdbc.sql("INSERT INTO customer_purpose_consents (customer_id, purpose, granted_at) VALUES (:id, :p, :now)")
				.param("id", id).param("p", purpose).param("now", utc(now)).update();
		}
	}

	List<StaleField> stale(Instant verifiedBefore, int limit, int offset) {
		return jdbc.sql("""
				SELECT customer_id, field, source, updated_at, verified_at FROM customer_fields
				WHERE verified_at IS NULL OR verified_at < :before
				ORDER BY verified_at NULLS FIRST, updated_at, customer_id, field LIMIT :limit OFFSET :offset""")
			.param("before", utc(verifiedBefore))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new StaleField(rs.getObject("customer_id", UUID.class), rs.getString("field"),
					rs.getString("source"), instant(rs, "updated_at"), instant(rs, "verified_at")))
			.list();
	}

	long countStale(Instant verifiedBefore) {
		return jdbc.sql("SELECT COUNT(*) FROM customer_fields WHERE verified_at IS NULL OR verified_at < :before")
			.param("before", utc(verifiedBefore)).query(Long.class).single();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
	}

	List<CustomerRecord> latest(int limit) {
		return jdbc.sql("SELECT * FROM customers ORDER BY created_at DESC LIMIT :limit").param("limit", limit)
			.query(Customers::record).list();
	}

	void forEachField(Consumer<FieldRow> action) {
		try (var rows = jdbc.sql("SELECT customer_id, field, value_ct FROM customer_fields").withFetchSize(500)
			.query((rs, n) -> new FieldRow(rs.getObject("customer_id", UUID.class), rs.getString("field"),
					rs.getBytes("value_ct")))
			.stream()) {
			rows.forEach(action);
		}
	}

	void rewriteCiphertext(UUID id, String key, byte[] ciphertext) {
		jdbc.sql("UPDATE customer_fields SET value_ct = :ct WHERE customer_id = :id AND field = :field")
			.param("ct", ciphertext).param("id", id).param("field", key).update();
	}

	private static java.util.Map<String, Object> fieldParams(UUID id, StoredField field) {
		var params = new java.util.HashMap<String, Object>();
		params.put("id", id);
		params.put("field", field.key());
		params.put("ct", field.ciphertext());
		params.put("source", field.source());
		params.put("purposes", String.join(",", new TreeSet<>(field.purposes())));
		params.put("updated", utc(field.updatedAt()));
		params.put("verified", field.verifiedAt() == null ? null : utc(field.verifiedAt()));
		return params;
	}

	private static CustomerRecord record(ResultSet rs, int row) throws SQLException {
		return new CustomerRecord(rs.getObject("id", UUID.class), rs.getString("status"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static StoredField field(ResultSet rs, int row) throws SQLException {
		var purposes = rs.getString("purposes");
		return new StoredField(rs.getString("field"), rs.getBytes("value_ct"), rs.getString("source"),
				purposes.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(purposes.split(","))),
				instant(rs, "updated_at"), instant(rs, "verified_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A field's ciphertext with its row key, for re-encryption. */
	record FieldRow(UUID customerId, String key, byte[] ciphertext) {
	}
}
