package io.custodian.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.custodian.audit.AuditEntry;
import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.ChainVerification;
import io.custodian.audit.ChainCheckpoints;
import io.custodian.audit.ChainHead;
import io.custodian.audit.ChainSeal;
import io.custodian.audit.CheckpointedChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit chain in the database; appends serialize on the chain head row, so nodes can share one chain. */
@Service
class JdbcAuditTrail implements AuditTrail, CheckpointedChain {

	private static final int MAX_TEXT = 2000;

	private final JdbcClient jdbc;

	private final ChainSeal seal;

	private final ChainCheckpoints checkpoints;

	JdbcAuditTrail(JdbcClient jdbc, ChainSeal seal, ChainCheckpoints checkpoints) {
		this.jdbc = jdbc;
		this.seal = seal;
		this.checkpoints = checkpoints;
	}

	@Override
	@Transactional
	public AuditEntry record(AuditEvent event) {
		return append(event);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public AuditEntry recordIndependently(AuditEvent event) {
		return append(event);
	}

	private AuditEntry append(AuditEvent event) {
		var head = readHead(" FOR UPDATE");
		var unhashed = new AuditEntry(head.seq() + 1, Instant.now().truncatedTo(ChronoUnit.MILLIS), currentActor(),
				event.action(), clip(event.subject()), event.purpose(), event.fields(), event.outcome(),
				clip(event.detail()), head.hash(), null);
		var entry = withHash(unhashed, seal.link(ChainHash.content(unhashed)));
		jdbc.sql("""
				INSERT INTO audit_entries (seq, recorded_at, actor, action, subject, purpose, fields, outcome, detail,
				                           prev_hash, hash)
				VALUES (:seq, :at, :actor, :action, :subject, :purpose, :fields, :outcome, :detail, :prev, :hash)""")
			.param("seq", entry.seq())
			.param("at", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("subject", entry.subject())
			.param("purpose", entry.purpose())
			.param("fields", clip(String.join(",", entry.fields())))
			.param("outcome", entry.outcome().name())
			.param("detail", entry.detail())
			.param("prev", entry.prevHash())
			.param("hash", entry.hash())
			.update();
		var next = seal.seal(ChainHash.CHAIN, entry.seq(), entry.hash(), head.keyedFrom());
		jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash, mac = :mac WHERE id = 1")
			.param("seq", next.seq())
			.param("hash", next.hash())
			.param("mac", next.mac())
			.update();
		checkpoints.appended(ChainHash.CHAIN, entry.seq());
		return entry;
	}

	@Override
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		var head = head();
		var walker = seal.walker(ChainHash.CHAIN, head);
		try (var entries = jdbc.sql("SELECT * FROM audit_entries WHERE seq <= :head ORDER BY seq").param("head", head.seq())
			.withFetchSize(1000)
			.query(JdbcAuditTrail::map)
			.stream()) {
			entries.forEach(e -> walker.accept(e.seq(), e.prevHash(), e.hash(), ChainHash.content(e)));
		}
		var beyond = jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE seq > :head").param("head", head.seq())
			.query(Long.class).single() > 0;
		return walker.finish(beyond && head().seq() == head.seq());
	}

	@Override
	public String chainName() {
		return ChainHash.CHAIN;
	}

	@Override
	public ChainHead head() {
		return readHead("");
	}

	@Override
	public Optional<String> hashAt(long seq) {
		return jdbc.sql("SELECT hash FROM audit_entries WHERE seq = :seq").param("seq", seq).query(String.class).optional();
	}

	private ChainHead readHead(String lock) {
		return jdbc.sql("SELECT seq, hash, keyed_from, mac FROM audit_head WHERE id = 1" + lock)
			.query((rs, n) -> new ChainHead(rs.getLong("seq"), rs.getString("hash"), rs.getLong("keyed_from"),
					rs.getString("mac")))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(int limit, String subject) {
		var sql = subject == null ? "SELECT * FROM audit_entries ORDER BY seq DESC LIMIT :limit"
				: "SELECT * FROM audit_entries WHERE subject = :subject ORDER BY seq DESC LIMIT :limit";
		var spec = jdbc.sql(sql).param("limit", Math.max(1, Math.min(limit, 1000)));
		if (subject != null) {
			spec = spec.param("subject", subject);
		}
		return spec.query(JdbcAuditTrail::map).list();
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entries").query(Long.class).single();
	}

	static AuditEntry map(ResultSet rs, int row) throws SQLException {
		var fields = rs.getString("fields");
		return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("purpose"),
				fields == null || fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
				AuditEvent.Outcome.valueOf(rs.getString("outcome")), rs.getString("detail"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

	private static AuditEntry withHash(AuditEntry e, String hash) {
		return new AuditEntry(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.purpose(), e.fields(),
				e.outcome(), e.detail(), e.prevHash(), hash);
	}

	private static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return "anonymous";
		}
		return clip(authentication.getName());
	}

	private static String clip(String text) {
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
	}
}
