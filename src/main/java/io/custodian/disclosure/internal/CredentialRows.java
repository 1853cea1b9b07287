package io.custodian.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.disclosure.RecipientCredential;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recipient_credentials table: the secret only as its SHA-256, with the role of the staff member who issued it. */
@Repository
class CredentialRows {

	private static final String COLUMNS = "id, recipient_id, label, created_at, created_by, expires_at, revoked_at, "
			+ "revoked_by, last_used_at";

	private final JdbcClient jdbc;

	CredentialRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RecipientCredential credential, String hash, String issuerRole) {
		jdbc.sql("""
				INSERT INTO recipient_credentials (id, recipient_id, label, secret_hash, issuer_role, created_at,
				    created_by, expires_at)
				VALUES (:id, :recipient, :label, :hash, :role, :created, :by, :expires)""")
			.param("id", credential.id()).param("recipient", credential.recipientId())
			.param("label", credential.label()).param("hash", hash).param("role", issuerRole)
			.param("created", RecipientRows.utc(credential.createdAt())).param("by", credential.createdBy())
			.param("expires", RecipientRows.utc(credential.expiresAt())).update();
	}

	List<RecipientCredential> of(UUID recipient) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM recipient_credentials WHERE recipient_id = :recipient "
				+ "ORDER BY created_at DESC, id").param("recipient", recipient).query(CredentialRows::credential).list();
	}

	Optional<RecipientCredential> find(UUID recipient, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM recipient_credentials WHERE id = :id AND recipient_id = :recipient")
			.param("id", id).param("recipient", recipient).query(CredentialRows::credential).optional();
	}

	boolean revoke(UUID id, String by, Instant at) {
		return jdbc.sql("""
				UPDATE recipient_credentials SET revoked_at = :at, revoked_by = :by
				WHERE id = :id AND revoked_at IS NULL""")
			.param("at", RecipientRows.utc(at)).param("by", by).param("id", id).update() == 1;
	}

	/** The usable credential with this secret hash: its id, recipient, issuer role and last use. */
	Optional<Holder> usable(String hash, Instant now) {
		return jdbc.sql("""
				SELECT id, recipient_id, created_by, last_used_at FROM recipient_credentials
				WHERE secret_hash = :hash AND revoked_at IS NULL AND expires_at > :now""")
			.param("hash", hash).param("now", RecipientRows.utc(now))
			.query((rs, n) -> new Holder(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
					rs.getString("created_by"), RecipientRows.instant(rs, "last_used_at")))
			.optional();
	}

	void used(UUID id, Instant at) {
		jdbc.sql("UPDATE recipient_credentials SET last_used_at = :at WHERE id = :id")
			.param("at", RecipientRows.utc(at)).param("id", id).update();
	}

	private static RecipientCredential credential(ResultSet rs, int row) throws SQLException {
		return new RecipientCredential(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
				rs.getString("label"), RecipientRows.instant(rs, "created_at"), rs.getString("created_by"),
				RecipientRows.instant(rs, "expires_at"), RecipientRows.instant(rs, "revoked_at"),
				rs.getString("revoked_by"), RecipientRows.instant(rs, "last_used_at"));
	}

	/** A usable credential as authentication needs it: the staff member who issued it lends it their current role. */
	record Holder(UUID id, UUID recipientId, String issuedBy, Instant lastUsedAt) {
	}
}
