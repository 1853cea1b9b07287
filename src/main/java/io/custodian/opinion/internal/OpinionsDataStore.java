package io.custodian.opinion.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.audit.AuditEvent;
import io.custodian.audit.AuditTrail;
import io.custodian.personaldata.DataSubject;
import io.custodian.personaldata.ErasureOutcome;
import io.custodian.personaldata.PersonalDataStore;
import io.custodian.personaldata.StoreDescription;
import io.custodian.security.EncryptedStore;
import io.custodian.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey answers linked to a customer in the personal-data map: exported with the questions and the customer's
 * own words, left out of results and the redaction queue while restricted, and deleted on erasure (the results then
 * no longer count them). Anonymous answers are linked to no one and are not found here.
 */
@Component
class OpinionsDataStore implements PersonalDataStore, EncryptedStore {

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	OpinionsDataStore(JdbcClient jdbc, Surveys surveys, FieldEncryption encryption, AuditTrail audit) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.encryption = encryption;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Map<String, Object> export(DataSubject subject) {
		var responses = jdbc.sql("""
				SELECT id, survey_id, language, created_at FROM opinion_responses WHERE customer_id = :c
				ORDER BY created_at""")
			.param("c", subject.customerId())
			.query((rs, n) -> new Response(rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class),
					rs.getString("language"), Surveys.instant(rs, "created_at")))
			.list();
		if (responses.isEmpty()) {
			return Map.of();
		}
		var answers = new ArrayList<Map<String, Object>>();
		responses.forEach(response -> answers.add(export(response)));
		audit.record(AuditEvent.of("personal-data.exported", subject.customerId()).purpose(Answers.PURPOSE)
			.detail("opinions: " + answers.size() + " survey answers"));
		return Map.of("surveyAnswers", answers);
	}

	private Map<String, Object> export(Response response) {
		var survey = surveys.get(response.survey());
		var chosen = new LinkedHashMap<Integer, List<Integer>>();
		jdbc.sql("SELECT position, choice FROM opinion_choices WHERE response_id = :r ORDER BY position, choice")
			.param("r", response.id())
			.query((rs, n) -> chosen.computeIfAbsent(rs.getInt(1), p -> new ArrayList<>()).add(rs.getInt(2))).list();
		var texts = new LinkedHashMap<Integer, String>();
		jdbc.sql("SELECT id, position, answer FROM opinion_texts WHERE response_id = :r").param("r", response.id())
			.query((rs, n) -> texts.put(rs.getInt("position"), encryption.decrypt(rs.getBytes("answer"),
					Answers.associatedData(rs.getObject("id", UUID.class), "answer"))))
			.list();
		var lines = new ArrayList<Map<String, Object>>();
		for (var q : survey.questions()) {
			Object answer = texts.containsKey(q.number()) ? texts.get(q.number())
					: chosen.containsKey(q.number()) ? String.join(", ", chosen.get(q.number()).stream()
						.map(number -> Tallies.label(q, number)).toList()) : null;
			if (answer != null) {
				var line = new LinkedHashMap<String, Object>();
				line.put("question", q.text());
				line.put("answer", answer);
				lines.add(line);
			}
		}
		var entry = new LinkedHashMap<String, Object>();
		entry.put("survey", survey.title());
		entry.put("answeredAt", response.at());
		entry.put("language", response.language());
		entry.put("answers", lines);
		return entry;
	}

	@Override
	@Transactional
	public void restrict(DataSubject subject) {
		mark(subject, true);
	}

	@Override
	@Transactional
	public void lift(DataSubject subject) {
		mark(subject, false);
	}

	private void mark(DataSubject subject, boolean restricted) {
		jdbc.sql("UPDATE opinion_responses SET restricted = :r WHERE customer_id = :c").param("r", restricted)
			.param("c", subject.customerId()).update();
	}

	@Override
	@Transactional
	public ErasureOutcome erase(DataSubject subject) {
		var rows = jdbc.sql("DELETE FROM opinion_responses WHERE customer_id = :c").param("c", subject.customerId())
			.update();
		audit.record(AuditEvent.of("personal-data.erased", subject.customerId()).detail("opinions: " + rows + " answers"));
		return ErasureOutcome.removed("opinions", rows);
	}

	@Override
	public StoreDescription describe() {
		return new StoreDescription("opinions", "Survey answers a signed-in customer gave, linked to them: the options "
				+ "and ratings chosen and free text (encrypted, with its redacted version); results show only "
				+ "aggregates of groups of at least the minimum size",
				List.of("opinion_responses", "opinion_choices", "opinion_texts"),
				List.of("answer.choices", "answer.ratings", "answer.text", "answer.language", "answer.time"),
				List.of(Answers.PURPOSE), "until the survey is deleted or the customer is erased");
	}

	@Override
	public String name() {
		return "opinions";
	}

	@Override
	@Transactional
	public int reencrypt(FieldEncryption current) {
		var rewritten = 0;
		for (var column : List.of("answer", "redacted")) {
			var stale = jdbc.sql("SELECT id, " + column + " FROM opinion_texts WHERE " + column + " IS NOT NULL")
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBytes(2))).list().stream()
				.filter(e -> !current.isCurrent(e.getValue())).toList();
			for (var text : stale) {
				var ad = Answers.associatedData(text.getKey(), column);
				jdbc.sql("UPDATE opinion_texts SET " + column + " = :v WHERE id = :id")
					.param("v", current.encrypt(current.decrypt(text.getValue(), ad), ad)).param("id", text.getKey())
					.update();
				rewritten++;
			}
		}
		return rewritten;
	}

	private record Response(UUID id, UUID survey, String language, java.time.Instant at) {
	}
}
