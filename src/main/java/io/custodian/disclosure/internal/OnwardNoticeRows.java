package io.custodian.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.disclosure.OnwardNotice;
import io.custodian.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The onward_notices table; the acknowledgement note is encrypted, bound to its notice. */
@Repository
class OnwardNoticeRows {

	private static final String SELECT = """
			SELECT n.id, n.customer_id, n.recipient_id, r.name AS recipient_name, n.kind, n.fields, n.disclosure_ids,
			       n.created_at, n.mailed_at, n.acknowledged_at, n.acknowledged_by, n.note_ct
			FROM onward_notices n JOIN disclosure_recipients r ON r.id = n.recipient_id
			""";

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	OnwardNoticeRows(JdbcClient jdbc, FieldEncryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	void insert(UUID id, UUID customer, UUID recipient, String kind, List<String> fields, List<UUID> disclosures,
			Instant at) {
		jdbc.sql("""
				INSERT INTO onward_notices (id, customer_id, recipient_id, kind, fields, disclosure_ids, created_at)
				VALUES (:id, :customer, :recipient, :kind, :fields, :disclosures, :at)""")
			.param("id", id).param("customer", customer).param("recipient", recipient).param("kind", kind)
			.param("fields", String.join(",", fields))
			.param("disclosures", String.join(",", disclosures.stream().map(UUID::toString).toList()))
			.param("at", RecipientRows.utc(at)).update();
	}

	Optional<OnwardNotice> find(UUID id) {
		return jdbc.sql(SELECT + "WHERE n.id = :id").param("id", id).query(this::notice).optional();
	}

	List<OnwardNotice> ofCustomer(UUID customer) {
		return jdbc.sql(SELECT + "WHERE n.customer_id = :customer ORDER BY n.created_at DESC, n.id")
			.param("customer", customer).query(this::notice).list();
	}

	/** Records the acknowledgement unless one is there already; false then. */
	boolean acknowledge(UUID id, String by, String note, Instant at) {
		return jdbc.sql("""
				UPDATE onward_notices SET acknowledged_at = :at, acknowledged_by = :by, note_ct = :note
				WHERE id = :id AND acknowledged_at IS NULL""")
			.param("at", RecipientRows.utc(at)).param("by", by)
			.param("note", note == null ? null : encryption.encrypt(note, aad(id))).param("id", id).update() == 1;
	}

	void mailed(UUID id, Instant at) {
		jdbc.sql("UPDATE onward_notices SET mailed_at = :at WHERE id = :id").param("at", RecipientRows.utc(at))
			.param("id", id).update();
	}

	/** When each disclosure was made, for the mail; disclosures stay after an erasure, only unlinked. */
	Instant disclosedAt(UUID disclosure) {
		return jdbc.sql("SELECT disclosed_at FROM disclosures WHERE id = :id").param("id", disclosure)
			.query((rs, n) -> RecipientRows.instant(rs, "disclosed_at")).optional().orElse(null);
	}

	int reencrypt(FieldEncryption current) {
		var rows = jdbc.sql("SELECT id, note_ct FROM onward_notices WHERE note_ct IS NOT NULL")
			.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getBytes("note_ct") }).list();
		var count = 0;
		for (var row : rows) {
			var id = (UUID) row[0];
			var ciphertext = (byte[]) row[1];
			if (!current.isCurrent(ciphertext)) {
				var note = current.decrypt(ciphertext, aad(id));
				jdbc.sql("UPDATE onward_notices SET note_ct = :note WHERE id = :id")
					.param("note", current.encrypt(note, aad(id))).param("id", id).update();
				count++;
			}
		}
		return count;
	}

	private OnwardNotice notice(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var note = rs.getBytes("note_ct");
		return new OnwardNotice(id, rs.getObject("customer_id", UUID.class), rs.getObject("recipient_id", UUID.class),
				rs.getString("recipient_name"), rs.getString("kind"), split(rs.getString("fields")),
				split(rs.getString("disclosure_ids")).stream().map(UUID::fromString).toList(),
				RecipientRows.instant(rs, "created_at"), RecipientRows.instant(rs, "mailed_at"),
				RecipientRows.instant(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
				note == null ? null : encryption.decrypt(note, aad(id)));
	}

	private static List<String> split(String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
	}

	private static byte[] aad(UUID id) {
		return ("onward_notices:" + id).getBytes(StandardCharsets.UTF_8);
	}
}
