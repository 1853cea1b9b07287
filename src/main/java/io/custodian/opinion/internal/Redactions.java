package io.custodian.opinion.internal;

import java.util.List;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.opinion.FreeText;
import io.custodian.security.FieldEncryption;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The redaction queue: each free-text answer waits until staff save a redacted version (approved) or reject it; only
 * approved redacted texts ever reach the results. Answers of suspended customers stay out of the queue.
 */
@Service
public class Redactions {

	private final JdbcClient jdbc;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	Redactions(JdbcClient jdbc, FieldEncryption encryption, AuditTrail audit) {
		this.jdbc = jdbc;
		this.encryption = encryption;
		this.audit = audit;
	}

	/** The pending texts of a survey, oldest first, at most 200. */
	@Transactional(readOnly = true)
	public List<FreeText> pending(UUID survey) {
		return jdbc.sql("""
				SELECT t.* FROM opinion_texts t JOIN opinion_responses r ON r.id = t.response_id
				WHERE t.survey_id = :s AND t.status = 'pending' AND r.restricted = FALSE
				ORDER BY r.created_at, t.position LIMIT 200""")
			.param("s", survey).query(this::map).list();
	}

	@Transactional
	public FreeText approve(UUID survey, UUID text, String redacted, String staffMember) {
		var clean = redacted == null ? "" : redacted.strip();
		if (clean.isEmpty() || clean.length() > AnswerRules.MAX_TEXT) {
			throw new InvalidInput("text", "write the redacted text, 1 to " + AnswerRules.MAX_TEXT + " characters");
		}
		requirePending(survey, text);
		jdbc.sql("""
				UPDATE opinion_texts SET status = 'approved', redacted = :r, redacted_by = :by, redacted_at = :now
				WHERE id = :id""")
			.param("r", encryption.encrypt(clean, Answers.associatedData(text, "redacted"))).param("by", staffMember)
			.param("now", Surveys.now()).param("id", text).update();
		audit.record(AuditEvent.of("opinions.text-redacted", "survey:" + survey).detail("text " + text + " approved"));
		return get(text);
	}

	@Transactional
	public FreeText reject(UUID survey, UUID text, String staffMember) {
		requirePending(survey, text);
		jdbc.sql("""
				UPDATE opinion_texts SET status = 'rejected', redacted_by = :by, redacted_at = :now WHERE id = :id""")
			.param("by", staffMember).param("now", Surveys.now()).param("id", text).update();
		audit.record(AuditEvent.of("opinions.text-rejected", "survey:" + survey).detail("text " + text));
		return get(text);
	}

	/** The approved redacted texts of one question of a survey, not of suspended customers. */
	List<String> approved(UUID survey, int question) {
		return jdbc.sql("""
				SELECT t.id, t.redacted FROM opinion_texts t JOIN opinion_responses r ON r.id = t.response_id
				WHERE t.survey_id = :s AND t.position = :q AND t.status = 'approved' AND r.restricted = FALSE""")
			.param("s", survey).param("q", question)
			.query((rs, n) -> encryption.decrypt(rs.getBytes("redacted"),
					Answers.associatedData(rs.getObject("id", UUID.class), "redacted")))
			.list().stream().sorted().toList();
	}

	private void requirePending(UUID survey, UUID text) {
		var found = get(text);
		if (!found.survey().equals(survey)) {
			throw Problems.notFound("Text " + text);
		}
		if (!"pending".equals(found.status())) {
			throw Problems.conflict("The text was already " + found.status());
		}
		var restricted = jdbc.sql("""
				SELECT r.restricted FROM opinion_texts t JOIN opinion_responses r ON r.id = t.response_id
				WHERE t.id = :id""").param("id", text).query(Boolean.class).single();
		if (restricted) {
			throw Problems.conflict("Processing of this answer's author is suspended at their request");
		}
	}

	private FreeText get(UUID text) {
		return jdbc.sql("SELECT * FROM opinion_texts WHERE id = :id").param("id", text).query(this::map).optional()
			.orElseThrow(() -> Problems.notFound("Text " + text));
	}

	private FreeText map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		var id = rs.getObject("id", UUID.class);
		var redacted = rs.getBytes("redacted");
		return new FreeText(id, rs.getObject("survey_id", UUID.class), rs.getInt("position"),
				encryption.decrypt(rs.getBytes("answer"), Answers.associatedData(id, "answer")), rs.getString("status"),
				redacted == null ? null : encryption.decrypt(redacted, Answers.associatedData(id, "redacted")),
				rs.getString("redacted_by"), Surveys.instant(rs, "redacted_at"));
	}
}
