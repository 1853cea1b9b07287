package io.custodian.consent.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.ChainVerification;
import io.custodian.audit.HashChain;
import io.custodian.consent.ConsentReceipt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consent records, append-only and hash-chained like the audit log. The device details (User-Agent, truncated IP)
 * live beside the chain and enter it only as a salted digest, so erasure can remove them and the chain still
 * verifies.
 */
@Repository
class ConsentRecords {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SELECT = """
			SELECT r.*, d.user_agent, d.ip FROM consent_records r LEFT JOIN consent_record_details d ON d.seq = r.seq""";

	private final JdbcClient jdbc;

	ConsentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ConsentReceipt append(UUID site, String consentId, List<String> granted, List<String> denied, String cause,
			int bannerVersion, int statementVersion, String language, String userAgent, String ip) {
		var head = jdbc.sql("SELECT seq, hash FROM consent_head WHERE id = 1 FOR UPDATE")
			.query((rs, n) -> new String[] { Long.toString(rs.getLong(1)), rs.getString(2) }).single();
		var seq = Long.parseLong(head[0]) + 1;
		var at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		var nonce = HexFormat.of().formatHex(randomBytes());
		var digest = HashChain.sha256(nonce + "|" + userAgent + "|" + ip);
		var receipt = new ConsentReceipt(seq, site, consentId, granted, denied, cause, bannerVersion, statementVersion,
				language, at, userAgent, ip, head[1], null);
		var hash = hash(receipt, digest);
		jdbc.sql("""
				INSERT INTO consent_records (seq, site_id, consent_id, granted, denied, cause, banner_version,
				  statement_version, language, recorded_at, details_digest, prev_hash, hash)
				VALUES (:seq, :site, :id, :granted, :denied, :cause, :banner, :statement, :language, :at, :digest,
				  :prev, :hash)""")
			.param("seq", seq).param("site", site).param("id", consentId)
			.param("granted", String.join(",", granted)).param("denied", String.join(",", denied))
			.param("cause", cause).param("banner", bannerVersion).param("statement", statementVersion)
			.param("language", language).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("digest", digest).param("prev", head[1]).param("hash", hash)
			.update();
		jdbc.sql("INSERT INTO consent_record_details (seq, user_agent, ip, nonce) VALUES (:seq, :ua, :ip, :nonce)")
			.param("seq", seq).param("ua", userAgent).param("ip", ip).param("nonce", nonce).update();
		jdbc.sql("UPDATE consent_head SET seq = :seq, hash = :hash WHERE id = 1").param("seq", seq)
			.param("hash", hash).update();
		return new ConsentReceipt(seq, site, consentId, granted, denied, cause, bannerVersion, statementVersion,
				language, at, userAgent, ip, head[1], hash);
	}

	Optional<ConsentReceipt> latest(String consentId) {
		return jdbc.sql(SELECT + " WHERE r.consent_id = :id ORDER BY r.seq DESC LIMIT 1").param("id", consentId)
			.query(ConsentRecords::map).optional();
	}

	List<ConsentReceipt> history(String consentId) {
		return jdbc.sql(SELECT + " WHERE r.consent_id = :id ORDER BY r.seq").param("id", consentId)
			.query(ConsentRecords::map).list();
	}

	List<ConsentReceipt> historyOf(List<String> consentIds) {
		if (consentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE r.consent_id IN (:ids) ORDER BY r.seq").param("ids", consentIds)
			.query(ConsentRecords::map).list();
	}

	int eraseDetails(List<String> consentIds) {
		if (consentIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				DELETE FROM consent_record_details WHERE seq IN
				  (SELECT seq FROM consent_records WHERE consent_id IN (:ids))""").param("ids", consentIds).update();
	}

	ChainVerification verify() {
		var walker = new HashChain.Walker();
		try (var rows = jdbc.sql(SELECT + " ORDER BY r.seq").withFetchSize(1000)
			.query((rs, n) -> new Stored(map(rs, n), rs.getString("details_digest"))).stream()) {
			rows.forEach(r -> walker.accept(r.receipt().seq(), r.receipt().prevHash(), r.receipt().hash(),
					hash(r.receipt(), r.digest())));
		}
		var head = jdbc.sql("SELECT seq, hash FROM consent_head WHERE id = 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).single();
		return walker.finish((Long) head[0], (String) head[1]);
	}

	/** Whether a receipt still matches what is stored and its link in the chain. */
	boolean matches(ConsentReceipt receipt) {
		var digest = jdbc.sql("SELECT details_digest FROM consent_records WHERE seq = :seq").param("seq", receipt.seq())
			.query(String.class).optional();
		return digest.isPresent() && hash(receipt, digest.get()).equals(receipt.hash());
	}

	private static String hash(ConsentReceipt r, String detailsDigest) {
		return HashChain.hash(r.prevHash(), r.seq(), r.site(), r.consentId(), String.join(",", r.granted()),
				String.join(",", r.denied()), r.cause(), r.bannerVersion(), r.statementVersion(), r.language(),
				r.recordedAt().toEpochMilli(), detailsDigest);
	}

	private static ConsentReceipt map(ResultSet rs, int row) throws SQLException {
		return new ConsentReceipt(rs.getLong("seq"), rs.getObject("site_id", UUID.class), rs.getString("consent_id"),
				split(rs.getString("granted")), split(rs.getString("denied")), rs.getString("cause"),
				rs.getInt("banner_version"), rs.getInt("statement_version"), rs.getString("language"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("user_agent"),
				rs.getString("ip"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private record Stored(ConsentReceipt receipt, String digest) {
	}

	private static List<String> split(String csv) {
		return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
	}

	private static byte[] randomBytes() {
		var bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}
}
