package io.custodian.account.social;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.custodian.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Re-encrypts the connections' tokens and kept values after a key rotation, each under its own associated data. */
@Component
class ConnectionCiphertexts {

	private static final List<String> CONNECTION_COLUMNS = List.of("access_token", "refresh_token", "remote_token");

	private static final List<String> FIELD_COLUMNS = List.of("offered_value", "previous_value");

	private final JdbcClient jdbc;

	ConnectionCiphertexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int reencrypt(FieldEncryption encryption) {
		var rewritten = new AtomicInteger();
		for (var column : CONNECTION_COLUMNS) {
			jdbc.sql("SELECT id, " + column + " FROM sns_connections WHERE " + column + " IS NOT NULL")
				.query((rs, n) -> new Ciphertext(rs.getObject("id", UUID.class), null, column, rs.getBytes(column)))
				.list().stream().filter(c -> !encryption.isCurrent(c.value()))
				.forEach(c -> rewrite(c, encryption, rewritten));
		}
		for (var column : FIELD_COLUMNS) {
			jdbc.sql("SELECT connection_id, field, " + column + " FROM sns_connection_fields WHERE " + column
					+ " IS NOT NULL")
				.query((rs, n) -> new Ciphertext(rs.getObject("connection_id", UUID.class), rs.getString("field"), column,
						rs.getBytes(column)))
				.list().stream().filter(c -> !encryption.isCurrent(c.value()))
				.forEach(c -> rewrite(c, encryption, rewritten));
		}
		return rewritten.get();
	}

	private void rewrite(Ciphertext old, FieldEncryption encryption, AtomicInteger rewritten) {
		var what = old.field() == null ? old.column() : old.column() + "/" + old.field();
		var ad = ConnectionStore.associatedData(old.connectionId(), what);
		var ciphertext = encryption.encrypt(encryption.decrypt(old.value(), ad), ad);
		if (old.field() == null) {
			jdbc.sql("UPDATE sns_connections SET " + old.column() + " = :ct WHERE id = :id").param("ct", ciphertext)
				.param("id", old.connectionId()).update();
		}
		else {
			jdbc.sql("UPDATE sns_connection_fields SET " + old.column()
					+ " = :ct WHERE connection_id = :id AND field = :field")
				.param("ct", ciphertext).param("id", old.connectionId()).param("field", old.field()).update();
		}
		rewritten.incrementAndGet();
	}

	/** One ciphertext found for re-encryption: its row, column and bytes. */
	private record Ciphertext(UUID connectionId, String field, String column, byte[] value) {
	}
}
