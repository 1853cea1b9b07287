package io.custodian.collect.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cookieless visitor identity: an HMAC of site, address and User-Agent under a random salt of the day (UTC), shared
 * by all nodes through the database; salts of past days are deleted, so their hashes can never be recomputed.
 */
@Component
class DailySalt {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile Salt current;

	@org.springframework.beans.factory.annotation.Autowired
	DailySalt(JdbcClient jdbc, TransactionTemplate transactions) {
		this(jdbc, transactions, Clock.systemUTC());
	}

	DailySalt(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	String visitorHash(String site, String address, String userAgent) {
		try {
			var mac = (Mac) saltOfToday().mac().clone();
			var digest = mac.doFinal((site + '\n' + address + '\n' + userAgent).getBytes(StandardCharsets.UTF_8));
			return "h" + HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (CloneNotSupportedException e) {
			throw new IllegalStateException(e);
		}
	}

	private Salt saltOfToday() {
		var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		var salt = current;
		if (salt != null && salt.day().equals(today)) {
			return salt;
		}
		synchronized (this) {
			if (current == null || !current.day().equals(today)) {
				current = transactions.execute(status -> loadOrCreate(today));
			}
			return current;
		}
	}

	private Salt loadOrCreate(LocalDate day) {
		jdbc.sql("DELETE FROM collect_salts WHERE salt_day < :day").param("day", day).update();
		var existing = jdbc.sql("SELECT salt FROM collect_salts WHERE salt_day = :day").param("day", day)
			.query(byte[].class).optional();
		if (existing.isPresent()) {
			return new Salt(day, existing.get());
		}
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		try {
			jdbc.sql("INSERT INTO collect_salts (salt_day, salt) VALUES (:day, :salt)").param("day", day)
				.param("salt", bytes).update();
			return new Salt(day, bytes);
		}
		catch (DuplicateKeyException e) {
			return new Salt(day, jdbc.sql("SELECT salt FROM collect_salts WHERE salt_day = :day").param("day", day)
				.query(byte[].class).single());
		}
	}

	private record Salt(LocalDate day, Mac mac) {

		Salt(LocalDate day, byte[] bytes) {
			this(day, keyed(bytes));
		}

		private static Mac keyed(byte[] bytes) {
			try {
				var mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
				return mac;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
