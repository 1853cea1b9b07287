package io.custodian.account.social;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.custodian.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SNS connections and their fields in plain SQL; tokens and values encrypted, bound to their row. */
@Component
class ConnectionStore {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final SnsRegistrations registrations;

	ConnectionStore(JdbcClient jdbc, FieldEncryption encryption, SnsRegistrations registrations) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.registrations = registrations;
	}

	Optional<SnsConnection> find(UUID id) {
		return jdbc.sql("SELECT * FROM sns_connections WHERE id = :id").param("id", id).query(this::connection)
			.optional();
	}

	Optional<SnsConnection> liveBySubject(String provider, String subject) {
		return jdbc.sql("SELECT * FROM sns_connections WHERE provider = :provider AND subject = :subject AND revoked_at IS NULL")
			.param("provider", provider).param("subject", subject).query(this::connection).optional();
	}

	Optional<SnsConnection> liveOf(UUID customerId, String provider) {
		return jdbc.sql("SELECT * FROM sns_connections WHERE customer_id = :customer AND provider = :provider AND revoked_at IS NULL")
			.param("customer", customerId).param("provider", provider).query(this::connection).optional();
	}

	List<SnsConnection> of(UUID customerId) {
		return jdbc.sql("SELECT * FROM sns_connections WHERE customer_id = :customer ORDER BY connected_at DESC")
			.param("customer", customerId).query(this::connection).list();
	}

	void insert(UUID id, UUID customerId, String provider, String subject, Set<String> scopes, Instant now) {
		jdbc.sql("""
				INSERT INTO sns_connections (id, customer_id, provider, subject, scopes, connected_at, refreshed_at)
				VALUES (:id, :customer, :provider, :subject, :scopes, :now, :now)""")
			.param("id", id).param("customer", customerId).param("provider", provider).param("subject", subject)
			.param("scopes", String.join(" ", scopes)).param("now", utc(now)).update();
	}

	void storeTokens(UUID id, String scopes, String accessToken, String refreshToken, Instant expiresAt, Instant now) {
		jdbc.sql("""
				UPDATE sns_connections SET scopes = :scopes, refreshed_at = :now, access_token = :access,
				refresh_token = :refresh, token_expires_at = :expires WHERE id = :id""")
			.param("scopes", scopes).param("now", utc(now))
			.param("access", accessToken == null ? null : encrypt(id, "access_token", accessToken))
			.param("refresh", refreshToken == null ? null : encrypt(id, "refresh_token", refreshToken))
			.param("expires", expiresAt == null ? null : utc(expiresAt)).param("id", id).update();
	}

	/** The token to revoke at the provider (the refresh token when there is one) and its type hint. */
	Optional<String[]> tokenToRevoke(UUID id) {
		return jdbc.sql("SELECT access_token, refresh_token FROM sns_connections WHERE id = :id").param("id", id)
			.query((rs, n) -> {
				var refresh = rs.getBytes("refresh_token");
				var access = rs.getBytes("access_token");
				if (refresh != null) {
					return new String[] { decrypt(id, "refresh_token", refresh), "refresh_token" };
				}
				return access == null ? null : new String[] { decrypt(id, "access_token", access), "access_token" };
			})
			.optional();
	}

	/** Marks the connection revoked, clears its subject and tokens, and keeps the token to revoke remotely if any. */
	void markRevoked(UUID id, String by, Instant now, String[] remoteToken, String remoteStatus) {
		jdbc.sql("""
				UPDATE sns_connections SET revoked_at = :now, revoked_by = :by, subject = NULL, access_token = NULL,
				refresh_token = NULL, token_expires_at = NULL, remote_status = :status, remote_token = :token,
				remote_token_type = :type, remote_next_at = :next WHERE id = :id""")
			.param("now", utc(now)).param("by", by).param("status", remoteStatus)
			.param("token", remoteToken == null ? null : encrypt(id, "remote_token", remoteToken[0]))
			.param("type", remoteToken == null ? null : remoteToken[1])
			.param("next", remoteToken == null ? null : utc(now)).param("id", id).update();
	}

	/** Connections whose provider has still to be told about their revocation, due now. */
	List<UUID> dueRevocations(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM sns_connections WHERE remote_status = 'pending' AND remote_next_at <= :now
				ORDER BY remote_next_at""")
			.param("now", utc(now)).query(UUID.class).list().stream().limit(limit).toList();
	}

	/** The pending remote token of a revoked connection: token and type hint. */
	Optional<String[]> remoteToken(UUID id) {
		return jdbc.sql("""
				SELECT remote_token, remote_token_type FROM sns_connections
				WHERE id = :id AND remote_status = 'pending' AND remote_token IS NOT NULL""")
			.param("id", id)
			.query((rs, n) -> new String[] { decrypt(id, "remote_token", rs.getBytes("remote_token")),
					rs.getString("remote_token_type") })
			.optional();
	}

	/** Records a provider's answer: final ones clear the token, a retry is scheduled for {@code next}. */
	void recordRemote(UUID id, String status, String answer, Instant next) {
		var clearToken = "pending".equals(status) ? "" : ", remote_token = NULL, remote_token_type = NULL";
		jdbc.sql("""
				UPDATE sns_connections SET remote_status = :status, remote_answer = :answer,
				remote_attempts = remote_attempts + 1, remote_next_at = :next%s WHERE id = :id""".formatted(clearToken))
			.param("status", status).param("answer", answer.length() > 500 ? answer.substring(0, 500) : answer)
			.param("next", next == null ? null : utc(next)).param("id", id).update();
	}

	void putField(UUID connectionId, String field, String state, byte[] offered, byte[] previous, String previousSource,
			String previousPurposes, Instant now) {
		deleteField(connectionId, field);
		jdbc.sql("""
				INSERT INTO sns_connection_fields (connection_id, field, state, offered_value, previous_value,
				previous_source, previous_purposes, updated_at)
				VALUES (:id, :field, :state, :offered, :previous, :source, :purposes, :now)""")
			.param("id", connectionId).param("field", field).param("state", state).param("offered", offered)
			.param("previous", previous).param("source", previousSource).param("purposes", previousPurposes)
			.param("now", utc(now)).update();
	}

	Optional<StoredField> field(UUID connectionId, String field) {
		return jdbc.sql("SELECT * FROM sns_connection_fields WHERE connection_id = :id AND field = :field")
			.param("id", connectionId).param("field", field).query(ConnectionStore::storedField).optional();
	}

	List<StoredField> fields(UUID connectionId) {
		return jdbc.sql("SELECT * FROM sns_connection_fields WHERE connection_id = :id ORDER BY field")
			.param("id", connectionId).query(ConnectionStore::storedField).list();
	}

	void deleteField(UUID connectionId, String field) {
		jdbc.sql("DELETE FROM sns_connection_fields WHERE connection_id = :id AND field = :field")
			.param("id", connectionId).param("field", field).update();
	}

	void deleteFields(UUID connectionId) {
		jdbc.sql("DELETE FROM sns_connection_fields WHERE connection_id = :id").param("id", connectionId).update();
	}

	int deleteOf(UUID customerId) {
		var fields = jdbc.sql("""
				DELETE FROM sns_connection_fields WHERE connection_id IN
				(SELECT id FROM sns_connections WHERE customer_id = :customer)""").param("customer", customerId).update();
		return fields + jdbc.sql("DELETE FROM sns_connections WHERE customer_id = :customer")
			.param("customer", customerId).update();
	}

	byte[] encryptValue(UUID connectionId, String what, String value) {
		return encrypt(connectionId, what, value);
	}

	String decryptValue(UUID connectionId, String what, byte[] ciphertext) {
		return decrypt(connectionId, what, ciphertext);
	}

	private byte[] encrypt(UUID id, String what, String value) {
		return encryption.encrypt(value, associatedData(id, what));
	}

	private String decrypt(UUID id, String what, byte[] ciphertext) {
		return encryption.decrypt(ciphertext, associatedData(id, what));
	}

	static byte[] associatedData(UUID connectionId, String what) {
		return ("sns-connection:" + connectionId + "/" + what).getBytes(StandardCharsets.UTF_8);
	}

	private SnsConnection connection(ResultSet rs, int n) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var provider = rs.getString("provider");
		var fields = fields(id).stream()
			.map(f -> new SnsConnection.Field(f.field(), f.state(), f.previousSource(), f.updatedAt())).toList();
		return new SnsConnection(id, rs.getObject("customer_id", UUID.class), provider,
				registrations.displayName(provider), scopes(rs.getString("scopes")), instant(rs, "connected_at"),
				instant(rs, "refreshed_at"), instant(rs, "revoked_at"), rs.getString("revoked_by"),
				rs.getString("remote_status"), rs.getString("remote_answer"), rs.getInt("remote_attempts"), fields);
	}

	private static StoredField storedField(ResultSet rs, int n) throws SQLException {
		return new StoredField(rs.getObject("connection_id", UUID.class), rs.getString("field"), rs.getString("state"),
				rs.getBytes("offered_value"), rs.getBytes("previous_value"), rs.getString("previous_source"),
				rs.getString("previous_purposes"), instant(rs, "updated_at"));
	}

	static List<String> scopes(String scopes) {
		return scopes == null || scopes.isBlank() ? List.of()
				: List.copyOf(new TreeSet<>(Arrays.asList(scopes.trim().split("\\s+"))));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** One field row of a connection. */
	record StoredField(UUID connectionId, String field, String state, byte[] offeredValue, byte[] previousValue,
			String previousSource, String previousPurposes, Instant updatedAt) {
	}
}
