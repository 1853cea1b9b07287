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

import io.custodian.audit.ChainCheckpoints;
import io.custodian.audit.ChainHead;
import io.custodian.audit.ChainSeal;
import io.custodian.audit.ChainVerification;
import io.custodian.audit.CheckpointedChain;
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
class ConsentRecords implements CheckpointedChain {

	static final String CHAIN = "consent";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SELECT = """
			SELECT r.*, d.user_agent, d.ip FROM consent_records r LEFT JOIN consent_record_details d ON d.seq = r.seq""";

	private final JdbcClient jdbc;

	private final ChainSeal seal;

	private final ChainCheckpoints checkpoints;

	ConsentRecords(JdbcClient jdbc, ChainSeal seal, ChainCheckpoints checkpoints) {
		this.jdbc = jdbc;
		this.seal = seal;
		this.checkpoints = checkpoints;
	}

	ConsentReceipt append(UUID site, String consentId, List<String> granted, List<String> denied, String cause,
			int bannerVersion, int statementVersion, String language, String userAgent, String ip) {
		var head = readHead(" FOR UPDATE");
		var seq = head.seq() + 1;
		var at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		var nonce = HexFormat.of().formatHex(randomBytes());
		var digest = HashChain.sha256(nonce + "|" + userAgent + "|" + ip);
		var receipt = new ConsentReceipt(seq, site, consentId, granted, denied, cause, bannerVersion, statementVersion,
				language, at, userAgent, ip, head.hash(), null);
		var hash = seal.link(content(receipt, digest));
		jdbc.sql("""
				INSERT INTO consent_records (seq, site_id, consent_id, granted, denied, cause, banner_version,
				  statement_version, language, recorded_at, details_digest, prev_hash, hash)
				VALUES (:seq, :site, :id, :granted, :denied, :cause, :banner, :statement, :language, :at, :digest,
				  :prev, :hash)""")
			.param("seq", seq).param("site", site).param("id", consentId)
			.param("granted", String.join(",", granted)).param("denied", String.join(",", denied))
			.param("cause", cause).param("banner", bannerVersion).param("statement", statementVersion)
			.param("language", language).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("digest", digest).param("prev", head.hash()).param("hash", hash)
			.update();
		jdbc.sql("INSERT INTO consent_record_details (seq, user_agent, ip, nonce) VALUES (:seq, :ua, :ip, :nonce)")
			.param("seq", seq).param("ua", userAgent).param("ip", ip).param("nonce", nonce).update();
		var next = seal.seal(CHAIN, seq, hash, head.keyedFrom());
		jdbc.sql("UPDATE consent_head SET seq = :seq, hash = :hash, mac = :mac WHERE id = 1").param("seq", seq)
			.param("hash", hash).param("mac", next.mac()).update();
		checkpoints.appended(CHAIN, seq);
		return new ConsentReceipt(seq, site, consentId, granted, denied, cause, bannerVersion, statementVersion,
				language, at, userAgent, ip, head.hash(), hash);
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
		var head = head();
		var walker = seal.walker(CHAIN, head);
		try (var rows = jdbc.sql(SELECT + " WHERE r.seq <= :head ORDER BY r.seq").param("head", head.seq())
			.withFetchSize(1000)
			.query((rs, n) -> new Stored(map(rs, n), rs.getString("details_digest"))).stream()) {
			rows.forEach(r -> walker.accept(r.receipt().seq(), r.receipt().prevHash(), r.receipt().hash(),
					content(r.receipt(), r.digest())));
		}
		var beyond = jdbc.sql("SELECT COUNT(*) FROM consent_records WHERE seq > :head").param("head", head.seq())
			.query(Long.class).single() > 0;
		return walker.finish(beyond && head().seq() == head.seq());
	}

	/** Whether a receipt still matches what is stored and its link in the chain. */
	boolean matches(ConsentReceipt receipt, ChainHead head) {
		var digest = jdbc.sql("SELECT details_digest FROM consent_records WHERE seq = :seq").param("seq", receipt.seq())
			.query(String.class).optional();
		return digest.isPresent() && seal.holds(head, receipt.seq(), content(receipt, digest.get()), receipt.hash());
	}

	@Override
	public String chainName() {
		return CHAIN;
	}

	@Override
	public ChainHead head() {
		return readHead("");
	}

	@Override
	public Optional<String> hashAt(long seq) {
		return jdbc.sql("SELECT hash FROM consent_records WHERE seq = :seq").param("seq", seq).query(String.class)
			.optional();
	}

	private ChainHead readHead(String lock) {
		return jdbc.sql("SELECT seq, hash, keyed_from, mac FROM consent_head WHERE id = 1" + lock)
			.query((rs, n) -> new ChainHead(rs.getLong("seq"), rs.getString("hash"), rs.getLong("keyed_from"),
					rs.getString("mac")))
			.single();
	}

	private static String content(ConsentReceipt r, String detailsDigest) {
		return HashChain.encode(r.prevHash(), r.seq(), r.site(), r.consentId(), String.join(",", r.granted()),
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
