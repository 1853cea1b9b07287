package io.custodian.opinion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.opinion.OpinionSettings;
import io.custodian.opinion.Question;
import io.custodian.opinion.Survey;
import io.custodian.opinion.SurveyDraft;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys staff write: questions are edited only while a survey is a draft (409 after), a survey opens only with
 * questions (400 naming {@code questions}) and closes once; every change is audited.
 */
@Service
public class Surveys {

	public static final int MAX_QUESTIONS = SurveyRules.MAX_QUESTIONS;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final OpinionSettings settings;

	Surveys(JdbcClient jdbc, AuditTrail audit, OpinionSettings settings) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.settings = settings;
	}

	@Transactional
	public Survey create(SurveyDraft draft, String staffMember) {
		var checked = SurveyRules.checked(draft);
		requireFreeSlug(checked.slug(), null);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO opinion_surveys (id, slug, title, intro, status, created_by, created_at)
				VALUES (:id, :slug, :title, :intro, 'draft', :by, :now)""")
			.param("id", id).param("slug", checked.slug()).param("title", checked.title())
			.param("intro", checked.intro()).param("by", staffMember).param("now", now()).update();
		insertQuestions(id, checked.questions());
		audit.record(AuditEvent.of("opinions.survey-created", "survey:" + id)
			.detail(checked.slug() + ", " + checked.questions().size() + " questions"));
		return get(id);
	}

	@Transactional
	public Survey update(UUID id, SurveyDraft draft) {
		var survey = get(id);
		if (!survey.draft()) {
			throw Problems.conflict("The survey is " + survey.status() + ": its questions can no longer change");
		}
		var checked = SurveyRules.checked(draft);
		requireFreeSlug(checked.slug(), id);
		jdbc.sql("UPDATE opinion_surveys SET slug = :slug, title = :title, intro = :intro WHERE id = :id")
			.param("slug", checked.slug()).param("title", checked.title()).param("intro", checked.intro())
			.param("id", id).update();
		jdbc.sql("DELETE FROM opinion_questions WHERE survey_id = :id").param("id", id).update();
		insertQuestions(id, checked.questions());
		audit.record(AuditEvent.of("opinions.survey-edited", "survey:" + id)
			.detail(checked.slug() + ", " + checked.questions().size() + " questions"));
		return get(id);
	}

	@Transactional
	public Survey open(UUID id) {
		var survey = get(id);
		if (!survey.draft()) {
			throw Problems.conflict("The survey is " + survey.status() + "; only a draft can be opened");
		}
		if (survey.questions().isEmpty()) {
			throw new InvalidInput("questions", "add at least one question before opening the survey");
		}
		return changeStatus(id, "open", "opened_at", "opinions.survey-opened");
	}

	@Transactional
	public Survey close(UUID id) {
		var survey = get(id);
		if (!survey.open()) {
			throw Problems.conflict("The survey is " + survey.status() + "; only an open survey can be closed");
		}
		return changeStatus(id, "closed", "closed_at", "opinions.survey-closed");
	}

	/** Deletes a draft or closed survey with every answer to it; an open survey is closed first (409). */
	@Transactional
	public void delete(UUID id) {
		var survey = get(id);
		if (survey.open()) {
			throw Problems.conflict("The survey is open; close it before deleting it");
		}
		jdbc.sql("DELETE FROM opinion_surveys WHERE id = :id").param("id", id).update();
		audit.record(AuditEvent.of("opinions.survey-deleted", "survey:" + id)
			.detail(survey.slug() + ", its answers deleted"));
	}

	@Transactional(readOnly = true)
	public Survey get(UUID id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional()
			.orElseThrow(() -> Problems.notFound("Survey " + id));
	}

	@Transactional(readOnly = true)
	public Optional<Survey> bySlug(String slug) {
		return jdbc.sql(SELECT + " WHERE slug = :slug").param("slug", slug).query(this::map).optional();
	}

	@Transactional(readOnly = true)
	public List<Survey> all() {
		return jdbc.sql(SELECT + " ORDER BY created_at DESC LIMIT 500").query(this::map).list();
	}

	private Survey changeStatus(UUID id, String status, String column, String action) {
		jdbc.sql("UPDATE opinion_surveys SET status = :s, " + column + " = :now WHERE id = :id").param("s", status)
			.param("now", now()).param("id", id).update();
		audit.record(AuditEvent.of(action, "survey:" + id));
		return get(id);
	}

	private void requireFreeSlug(String slug, UUID self) {
		var other = bySlug(slug).filter(s -> !s.id().equals(self));
		if (other.isPresent()) {
			throw new InvalidInput("slug", "a survey with this slug exists");
		}
	}

	private void insertQuestions(UUID survey, List<Question> questions) {
		for (var q : questions) {
			jdbc.sql("""
					INSERT INTO opinion_questions (survey_id, position, kind, text, required, scale, low_label,
					  high_label, options)
					VALUES (:s, :n, :kind, :text, :required, :scale, :low, :high, :options)""")
				.param("s", survey).param("n", q.number()).param("kind", q.kind()).param("text", q.text())
				.param("required", q.required()).param("scale", q.scale()).param("low", q.lowLabel())
				.param("high", q.highLabel()).param("options", q.options().isEmpty() ? null : String.join("\n", q.options()))
				.update();
		}
	}

	private List<Question> questions(UUID survey) {
		return jdbc.sql("SELECT * FROM opinion_questions WHERE survey_id = :s ORDER BY position").param("s", survey)
			.query((rs, n) -> new Question(rs.getInt("position"), rs.getString("kind"), rs.getString("text"),
					rs.getBoolean("required"), (Integer) rs.getObject("scale", Integer.class), rs.getString("low_label"),
					rs.getString("high_label"), options(rs.getString("options"))))
			.list();
	}

	private static List<String> options(String joined) {
		return joined == null ? List.of() : Arrays.asList(joined.split("\n"));
	}

	private static final String SELECT = """
			SELECT s.*, (SELECT COUNT(*) FROM opinion_responses r WHERE r.survey_id = s.id AND r.restricted = FALSE)
			  AS answers
			FROM opinion_surveys s""";

	private Survey map(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		return new Survey(id, rs.getString("slug"), rs.getString("title"), rs.getString("intro"),
				rs.getString("status"), rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "opened_at"),
				instant(rs, "closed_at"), questions(id),
				rs.getLong("answers") >= settings.minGroupSize() ? rs.getLong("answers") : null);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		var time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}
}
