package io.custodian.shipment.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.security.FieldEncryption;
import io.custodian.shipment.Shipment;
import io.custodian.shipment.ShipmentItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shipment tables; note and tracking number are encrypted, each bound to its shipment and column. */
@Repository
class ShipmentRows {

	static final List<String> ENCRYPTED = List.of("note_ct", "tracking_ct");

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	ShipmentRows(JdbcClient jdbc, FieldEncryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	void insert(Shipment shipment) {
		jdbc.sql("""
				INSERT INTO shipments (id, customer_id, kind, processor_id, status, note_ct, created_by, created_at,
				    updated_at)
				VALUES (:id, :customer, :kind, :processor, :status, :note, :by, :at, :at)""")
			.param("id", shipment.id()).param("customer", shipment.customerId()).param("kind", shipment.kind())
			.param("processor", shipment.processorId()).param("status", shipment.status())
			.param("note", encrypt(shipment.id(), "note_ct", shipment.note())).param("by", shipment.createdBy())
			.param("at", utc(shipment.createdAt())).update();
		var items = shipment.items();
		for (int i = 0; i < items.size(); i++) {
			jdbc.sql("""
					INSERT INTO shipment_items (shipment_id, position, sku, name, quantity)
					VALUES (:id, :position, :sku, :name, :quantity)""")
				.param("id", shipment.id()).param("position", i).param("sku", items.get(i).sku())
				.param("name", items.get(i).name()).param("quantity", items.get(i).quantity()).update();
		}
	}

	Optional<Shipment> find(UUID id) {
		return jdbc.sql("SELECT * FROM shipments WHERE id = :id").param("id", id).query(this::shipment).optional();
	}

	List<Shipment> list(String status, UUID customer, int limit) {
		var where = new java.util.ArrayList<String>();
		if (status != null) {
			where.add("status = :status");
		}
		if (customer != null) {
			where.add("customer_id = :customer");
		}
		var sql = "SELECT * FROM shipments" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
				+ " ORDER BY created_at DESC, id LIMIT :limit";
		var query = jdbc.sql(sql).param("limit", limit);
		if (status != null) {
			query = query.param("status", status);
		}
		if (customer != null) {
			query = query.param("customer", customer);
		}
		return query.query(this::shipment).list();
	}

	List<Shipment> ofCustomer(UUID customer) {
		return jdbc.sql("SELECT * FROM shipments WHERE customer_id = :c ORDER BY created_at, id").param("c", customer)
			.query(this::shipment).list();
	}

	/** Moves the shipment from one status to the next; false when it was no longer in the expected status. */
	boolean move(UUID id, String from, String to, Instant at) {
		return jdbc.sql("UPDATE shipments SET status = :to, updated_at = :at WHERE id = :id AND status = :from")
			.param("to", to).param("at", utc(at)).param("id", id).param("from", from).update() == 1;
	}

	boolean handOver(UUID id, UUID disclosure, Instant at) {
		return jdbc.sql("""
				UPDATE shipments SET status = 'handed-over', disclosure_id = :d, updated_at = :at
				WHERE id = :id AND status = 'created'""")
			.param("d", disclosure).param("at", utc(at)).param("id", id).update() == 1;
	}

	boolean ship(UUID id, String carrier, String tracking, Instant at) {
		return jdbc.sql("""
				UPDATE shipments SET status = 'shipped', carrier = :carrier, tracking_ct = :tracking, updated_at = :at
				WHERE id = :id AND status = 'handed-over'""")
			.param("carrier", carrier).param("tracking", encrypt(id, "tracking_ct", tracking)).param("at", utc(at))
			.param("id", id).update() == 1;
	}

	/** Removes a customer's gift shipments with their items; returns the rows removed. */
	int deleteGifts(UUID customer) {
		var items = jdbc.sql("""
				DELETE FROM shipment_items WHERE shipment_id IN
				(SELECT id FROM shipments WHERE customer_id = :c AND kind = 'gift')""").param("c", customer).update();
		return items + jdbc.sql("DELETE FROM shipments WHERE customer_id = :c AND kind = 'gift'").param("c", customer)
			.update();
	}

	/** Unlinks a customer's product shipments and removes their note and tracking number; returns the rows kept. */
	int unlinkProducts(UUID customer) {
		return jdbc.sql("""
				UPDATE shipments SET customer_id = NULL, note_ct = NULL, tracking_ct = NULL
				WHERE customer_id = :c AND kind = 'product'""").param("c", customer).update();
	}

	/** Re-encrypts each ciphertext not made with the current key; returns how many were rewritten. */
	int reencrypt(FieldEncryption current) {
		var rewritten = 0;
		for (var column : ENCRYPTED) {
			var rows = jdbc.sql("SELECT id, " + column + " FROM shipments WHERE " + column + " IS NOT NULL")
				.query((rs, n) -> new Ciphertext(rs.getObject("id", UUID.class), rs.getBytes(column))).list();
			for (var row : rows) {
				if (!current.isCurrent(row.value())) {
					var ad = associatedData(row.id(), column);
					jdbc.sql("UPDATE shipments SET " + column + " = :ct WHERE id = :id")
						.param("ct", current.encrypt(current.decrypt(row.value(), ad), ad)).param("id", row.id()).update();
					rewritten++;
				}
			}
		}
		return rewritten;
	}

	private Shipment shipment(ResultSet rs, int n) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		return new Shipment(id, rs.getObject("customer_id", UUID.class), rs.getString("kind"),
				rs.getObject("processor_id", UUID.class), rs.getString("status"), items(id),
				decrypt(id, "note_ct", rs.getBytes("note_ct")), rs.getString("carrier"),
				decrypt(id, "tracking_ct", rs.getBytes("tracking_ct")), rs.getObject("disclosure_id", UUID.class),
				rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private List<ShipmentItem> items(UUID shipment) {
		return jdbc.sql("SELECT sku, name, quantity FROM shipment_items WHERE shipment_id = :id ORDER BY position")
			.param("id", shipment)
			.query((rs, n) -> new ShipmentItem(rs.getString("sku"), rs.getString("name"), rs.getInt("quantity"))).list();
	}

	private byte[] encrypt(UUID id, String column, String value) {
		return value == null ? null : encryption.encrypt(value, associatedData(id, column));
	}

	private String decrypt(UUID id, String column, byte[] value) {
		return value == null ? null : encryption.decrypt(value, associatedData(id, column));
	}

	private static byte[] associatedData(UUID id, String column) {
		return ("shipment:" + id + "/" + column).getBytes(StandardCharsets.UTF_8);
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private record Ciphertext(UUID id, byte[] value) {
	}
}
