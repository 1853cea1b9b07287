package io.custodian.opinion.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.custodian.opinion.Question;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;

/** Checks answers against a survey's questions; a 400 names each offending question as {@code answers.N}. */
final class AnswerRules {

	static final int MAX_TEXT = 5000;

	private AnswerRules() {
	}

	/** The checked answers by question number: option or rating numbers, or the one free text. */
	static Checked checked(List<Question> questions, Map<String, List<String>> given) {
		var errors = new ArrayList<FieldError>();
		var raw = given == null ? Map.<String, List<String>>of() : given;
		if (raw.size() > questions.size() + 10) {
			throw new InvalidInput("answers", "the survey has only " + questions.size() + " questions");
		}
		for (var key : raw.keySet()) {
			if (questions.stream().noneMatch(q -> String.valueOf(q.number()).equals(key))) {
				errors.add(new FieldError("answers." + clip(key), "the survey has no such question"));
			}
		}
		var choices = new LinkedHashMap<Integer, List<Integer>>();
		var texts = new LinkedHashMap<Integer, String>();
		for (var q : questions) {
			var values = raw.getOrDefault(String.valueOf(q.number()), List.of()).stream()
				.filter(v -> v != null && !v.isBlank()).toList();
			var field = "answers." + q.number();
			if (values.isEmpty()) {
				if (q.required()) {
					errors.add(new FieldError(field, "answer this question"));
				}
				continue;
			}
			if ("text".equals(q.kind())) {
				var text = String.join("\n", values).strip();
				if (text.length() > MAX_TEXT) {
					errors.add(new FieldError(field, "write at most " + MAX_TEXT + " characters"));
				}
				texts.put(q.number(), text);
				continue;
			}
			var max = "rating".equals(q.kind()) ? q.scale() : q.options().size();
			if (!"multiple".equals(q.kind()) && values.size() > 1) {
				errors.add(new FieldError(field, "choose one answer"));
				continue;
			}
			var numbers = new TreeSet<Integer>();
			for (var value : values.stream().limit(max + 1L).toList()) {
				var number = number(value.strip());
				if (number < 1 || number > max) {
					errors.add(new FieldError(field, ("rating".equals(q.kind()) ? "rate from 1 to " : "choose an option from 1 to ")
							+ max + ", not '" + clip(value) + "'"));
					break;
				}
				numbers.add(number);
			}
			choices.put(q.number(), List.copyOf(numbers));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Checked(choices, texts);
	}

	private static int number(String value) {
		return value.matches("\\d{1,3}") ? Integer.parseInt(value) : -1;
	}

	private static String clip(String value) {
		return value.length() > 20 ? value.substring(0, 20) + "…" : value;
	}

	/** The option or rating numbers chosen per question, and the free texts per question. */
	record Checked(Map<Integer, List<Integer>> choices, Map<Integer, String> texts) {
	}
}
