package io.custodian.opinion.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.custodian.opinion.Question;
import io.custodian.opinion.SurveyResults.Count;
import io.custodian.opinion.SurveyResults.QuestionResult;

/** The figures of one question over a group large enough to show: counts per option or rating value, and a mean. */
final class Counting {

	private Counting() {
	}

	static QuestionResult count(Question q, Set<UUID> members, Map<UUID, Tallies.Answer> answers) {
		var answered = members.stream().filter(id -> answers.get(id).answered(q)).count();
		if ("text".equals(q.kind())) {
			return new QuestionResult(q.number(), q.kind(), q.text(), false, answered, List.of(), null);
		}
		var counts = new long[Tallies.max(q) + 1];
		var sum = 0L;
		for (var id : members) {
			for (var chosen : answers.get(id).choices().getOrDefault(q.number(), List.of())) {
				counts[chosen]++;
				sum += chosen;
			}
		}
		var list = new ArrayList<Count>();
		for (int i = 1; i < counts.length; i++) {
			list.add(new Count(Tallies.label(q, i), counts[i], answered == 0 ? 0 : (int) Math.round(100.0 * counts[i] / answered)));
		}
		Double mean = "rating".equals(q.kind()) && answered > 0 ? Math.round(100.0 * sum / answered) / 100.0 : null;
		return new QuestionResult(q.number(), q.kind(), q.text(), false, answered, list, mean);
	}
}
