package io.custodian.news.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.news.ImportRow;
import io.custodian.news.SubscriberImport;
import io.custodian.security.FieldEncryption;
import io.custodian.system.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Subscriber files uploaded by staff: each line is stored (the email encrypted) as queued or invalid with its reason,
 * nothing is mailed in the request; {@link ImportSender} works through the queued lines in the background.
 */
@Service
public class SubscriberImports {

	private static final String COUNTS = """
			SELECT i.id, i.file_name, i.created_by, i.created_at, i.status, i.finished_at, COUNT(r.line) AS n_total,
			       SUM(CASE WHEN r.status IN ('queued', 'sending') THEN 1 ELSE 0 END) AS n_queued,
			       SUM(CASE WHEN r.status = 'done' THEN 1 ELSE 0 END) AS n_done,
			       SUM(CASE WHEN r.status = 'skipped' THEN 1 ELSE 0 END) AS n_skipped,
			       SUM(CASE WHEN r.status = 'failed' THEN 1 ELSE 0 END) AS n_failed,
			       SUM(CASE WHEN r.status = 'invalid' THEN 1 ELSE 0 END) AS n_invalid,
			       SUM(CASE WHEN r.status = 'unknown' THEN 1 ELSE 0 END) AS n_unknown
			FROM news_imports i LEFT JOIN news_import_rows r ON r.import_id = i.id
			""";

	private static final String GROUP = " GROUP BY i.id, i.file_name, i.created_by, i.created_at, i.status, i.finished_at";

	private final JdbcClient jdbc;

	private final Topics topics;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	SubscriberImports(JdbcClient jdbc, Topics topics, FieldEncryption encryption, AuditTrail audit) {
		this.jdbc = jdbc;
		this.topics = topics;
		this.encryption = encryption;
		this.audit = audit;
	}

	/** Stores the file's lines as queued (valid) or invalid; 400 naming the file when no line is valid. */
	@Transactional
	public SubscriberImport upload(String fileName, byte[] content, String staff) {
		var name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
		if (name.length() > 200) {
			throw new InvalidInput("file", "the file name is longer than 200 characters");
		}
		var lines = ImportCsv.read(content, key -> topics.byKey(key).filter(t -> t.active()).isPresent());
		if (lines.stream().noneMatch(ImportCsv.Line::valid)) {
			throw new InvalidInput("file", "'" + name + "' has no valid row" + (lines.isEmpty() ? "" : "; line "
					+ lines.getFirst().number() + ": " + lines.getFirst().reason()));
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO news_imports (id, file_name, created_by, created_at, status)
				VALUES (:id, :f, :by, :now, 'queued')""")
			.param("id", id).param("f", name).param("by", staff).param("now", NewsTokens.now()).update();
		for (var line : lines) {
			jdbc.sql("""
					INSERT INTO news_import_rows (import_id, line, email, topics, language, status, reason, updated_at)
					VALUES (:id, :n, :e, :t, :l, :s, :r, :now)""")
				.param("id", id).param("n", line.number())
				.param("e", line.valid() ? encryption.encrypt(line.email(), ad(id, line.number())) : null)
				.param("t", line.topics()).param("l", line.language()).param("s", line.valid() ? "queued" : "invalid")
				.param("r", line.reason()).param("now", NewsTokens.now()).update();
		}
		audit.record(AuditEvent.of("news.import-uploaded", "news-import:" + id)
			.detail(name + ", " + lines.size() + " rows, " + lines.stream().filter(l -> !l.valid()).count() + " invalid"));
		return get(id);
	}

	/** The newest imports first, with their counts. */
	public List<SubscriberImport> latest(int limit) {
		return jdbc.sql(COUNTS + GROUP + " ORDER BY i.created_at DESC LIMIT :n")
			.param("n", Math.clamp(limit, 1, 200)).query(SubscriberImports::map).list();
	}

	/** One import with its counts; 404 when unknown. */
	public SubscriberImport get(UUID id) {
		return jdbc.sql(COUNTS + " WHERE i.id = :id" + GROUP).param("id", id).query(SubscriberImports::map).optional()
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
	}

	/** The per-line report: every line not imported cleanly first (invalid, skipped, failed, unknown), then the rest. */
	public List<ImportRow> report(UUID id, int limit) {
		get(id);
		return jdbc.sql("""
				SELECT line, status, reason FROM news_import_rows WHERE import_id = :id
				ORDER BY CASE WHEN status IN ('done', 'queued') THEN 1 ELSE 0 END, line LIMIT :n""")
			.param("id", id).param("n", Math.clamp(limit, 1, ImportCsv.MAX_ROWS))
			.query((rs, n) -> new ImportRow(rs.getInt("line"), rs.getString("status"), rs.getString("reason"))).list();
	}

	static byte[] ad(UUID importId, int line) {
		return ("news_import_rows:" + importId + ":" + line).getBytes(StandardCharsets.UTF_8);
	}

	private static SubscriberImport map(ResultSet rs, int n) throws SQLException {
		return new SubscriberImport(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("created_by"),
				rs.getObject("created_at", java.time.OffsetDateTime.class), rs.getString("status"),
				rs.getObject("finished_at", java.time.OffsetDateTime.class), rs.getInt("n_total"), rs.getInt("n_queued"),
				rs.getInt("n_done"), rs.getInt("n_skipped"), rs.getInt("n_failed"), rs.getInt("n_invalid"), rs.getInt("n_unknown"));
	}
}
