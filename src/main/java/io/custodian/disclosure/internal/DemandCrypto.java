package io.custodian.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.custodian.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Encrypts a demand's free text (legal basis, decision and notice reasons), each bound to its demand and column. */
@Component
class DemandCrypto {

	static final List<String> COLUMNS = List.of("legal_basis", "decision_reason", "notice_reason");

	private final FieldEncryption encryption;

	private final JdbcClient jdbc;

	DemandCrypto(FieldEncryption encryption, JdbcClient jdbc) {
		this.encryption = encryption;
		this.jdbc = jdbc;
	}

	byte[] encrypt(UUID demand, String column, String value) {
		return value == null ? null : encryption.encrypt(value, ad(demand, column));
	}

	String decrypt(UUID demand, String column, byte[] ciphertext) {
		return ciphertext == null ? null : encryption.decrypt(ciphertext, ad(demand, column));
	}

	/** Re-encrypts every ciphertext not made with the current key; returns how many were rewritten. */
	int reencrypt(FieldEncryption current) {
		var rewritten = new AtomicInteger();
		for (var column : COLUMNS) {
			jdbc.sql("SELECT id, " + column + " FROM disclosure_demands WHERE " + column + " IS NOT NULL")
				.query((rs, n) -> new Ciphertext(rs.getObject("id", UUID.class), rs.getBytes(column))).list().stream()
				.filter(c -> !current.isCurrent(c.value())).forEach(c -> {
					var ad = ad(c.demand(), column);
					jdbc.sql("UPDATE disclosure_demands SET " + column + " = :ct WHERE id = :id")
						.param("ct", current.encrypt(current.decrypt(c.value(), ad), ad)).param("id", c.demand()).update();
					rewritten.incrementAndGet();
				});
		}
		return rewritten.get();
	}

	private static byte[] ad(UUID demand, String column) {
		return ("disclosure-demand:" + demand + "/" + column).getBytes(StandardCharsets.UTF_8);
	}

	private record Ciphertext(UUID demand, byte[] value) {
	}
}
