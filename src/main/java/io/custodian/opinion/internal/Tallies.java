package io.custodian.opinion.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.custodian.opinion.OpinionSettings;
import io.custodian.opinion.Question;
import io.custodian.opinion.Survey;
import io.custodian.opinion.SurveyResults;
import io.custodian.opinion.SurveyResults.Group;
import io.custodian.opinion.SurveyResults.QuestionResult;
import io.custodian.opinion.SurveyResults.Texts;
import io.custodian.system.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a survey's answers (never those of suspended customers) for the whole survey and optionally broken down by
 * language or by the answer to a single-choice or rating question, applying the minimum group size through
 * {@link Suppression} to every group and every question within it.
 */
@Service
public class Tallies {

	private final JdbcClient jdbc;

	private final Surveys surveys;

	private final Redactions redactions;

	private final OpinionSettings settings;

	Tallies(JdbcClient jdbc, Surveys surveys, Redactions redactions, OpinionSettings settings) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.redactions = redactions;
		this.settings = settings;
	}

	/** The results; {@code by} is empty, {@code language} or a question number. */
	@Transactional(readOnly = true)
	public SurveyResults results(UUID id, String by) {
		var survey = surveys.get(id);
		var k = settings.minGroupSize();
		var answers = load(id);
		var all = answers.keySet();
		var overall = group(List.of("all"), List.of(all), survey, answers, k).getFirst();
		var breakdown = by == null || by.isBlank() ? null : by.strip();
		var groups = breakdown == null ? List.<Group>of() : breakdown(survey, breakdown, answers, k);
		var texts = new ArrayList<Texts>();
		if (all.size() >= k) {
			survey.questions().stream().filter(q -> "text".equals(q.kind()))
				.forEach(q -> texts.add(new Texts(q.number(), q.text(), redactions.approved(id, q.number()))));
		}
		return new SurveyResults(id, survey.title(), k, breakdown, overall, groups, texts);
	}

	private List<Group> breakdown(Survey survey, String by, Map<UUID, Answer> answers, int k) {
		var members = new LinkedHashMap<String, Set<UUID>>();
		if ("language".equals(by)) {
			answers.forEach((id, a) -> members.computeIfAbsent(a.language(), l -> new HashSet<>()).add(id));
		}
		else {
			var question = survey.questions().stream().filter(q -> String.valueOf(q.number()).equals(by))
				.filter(q -> "single".equals(q.kind()) || "rating".equals(q.kind())).findFirst()
				.orElseThrow(() -> new InvalidInput("by", "break down by language or the number of a single-choice or "
						+ "rating question"));
			for (int i = 1; i <= max(question); i++) {
				members.put(label(question, i), new HashSet<>());
			}
			members.put("no answer", new HashSet<>());
			answers.forEach((id, a) -> {
				var chosen = a.choices().getOrDefault(question.number(), List.of());
				members.get(chosen.isEmpty() ? "no answer" : label(question, chosen.getFirst())).add(id);
			});
		}
		var labels = new ArrayList<>(members.keySet());
		return group(labels, new ArrayList<>(members.values()), survey, answers, k);
	}

	private List<Group> group(List<String> labels, List<Set<UUID>> sets, Survey survey, Map<UUID, Answer> answers,
			int k) {
		var hiddenGroups = Suppression.withheld(sets.stream().map(s -> (long) s.size()).toList(), k);
		var perQuestion = new HashMap<Integer, Set<Integer>>();
		for (var q : survey.questions()) {
			var answered = sets.stream().map(s -> s.stream().filter(id -> answers.get(id).answered(q)).count()).toList();
			var hidden = new HashSet<>(Suppression.withheld(answered, k, hiddenGroups));
			perQuestion.put(q.number(), hidden);
		}
		var groups = new ArrayList<Group>();
		for (int g = 0; g < sets.size(); g++) {
			if (hiddenGroups.contains(g)) {
				groups.add(new Group(labels.get(g), true, null, List.of()));
				continue;
			}
			var members = sets.get(g);
			var results = new ArrayList<QuestionResult>();
			for (var q : survey.questions()) {
				results.add(perQuestion.get(q.number()).contains(g) ? new QuestionResult(q.number(), q.kind(), q.text(),
						true, null, List.of(), null) : Counting.count(q, members, answers));
			}
			groups.add(new Group(labels.get(g), false, (long) members.size(), results));
		}
		return groups;
	}

	static int max(Question q) {
		return "rating".equals(q.kind()) ? q.scale() : q.options().size();
	}

	static String label(Question q, int number) {
		return "rating".equals(q.kind()) ? String.valueOf(number) : q.options().get(number - 1);
	}

	private Map<UUID, Answer> load(UUID survey) {
		var answers = new LinkedHashMap<UUID, Answer>();
		jdbc.sql("SELECT id, language FROM opinion_responses WHERE survey_id = :s AND restricted = FALSE")
			.param("s", survey)
			.query((rs, n) -> answers.put(rs.getObject("id", UUID.class),
					new Answer(rs.getString("language"), new HashMap<>(), new HashSet<>())))
			.list();
		jdbc.sql("""
				SELECT c.response_id, c.position, c.choice FROM opinion_choices c
				JOIN opinion_responses r ON r.id = c.response_id WHERE r.survey_id = :s ORDER BY c.choice""")
			.param("s", survey).query((rs, n) -> {
				var answer = answers.get(rs.getObject("response_id", UUID.class));
				if (answer != null) {
					answer.choices().computeIfAbsent(rs.getInt("position"), p -> new ArrayList<>()).add(rs.getInt("choice"));
				}
				return n;
			}).list();
		jdbc.sql("SELECT response_id, position FROM opinion_texts WHERE survey_id = :s").param("s", survey)
			.query((rs, n) -> {
				var answer = answers.get(rs.getObject("response_id", UUID.class));
				if (answer != null) {
					answer.texts().add(rs.getInt("position"));
				}
				return n;
			}).list();
		return answers;
	}

	/** One response: its language, the numbers chosen per question and the questions answered in free text. */
	record Answer(String language, Map<Integer, List<Integer>> choices, Set<Integer> texts) {

		boolean answered(Question q) {
			return "text".equals(q.kind()) ? texts.contains(q.number()) : choices.containsKey(q.number());
		}
	}
}
