package io.custodian.opinion.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.custodian.opinion.Question;
import io.custodian.opinion.SurveyDraft;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;

/** The bounds of a survey as staff write it; answers every offending field at once as a 400. */
final class SurveyRules {

	static final int MAX_QUESTIONS = 30;

	static final int MAX_OPTIONS = 20;

	static final Set<String> KINDS = Set.of("rating", "single", "multiple", "text");

	private SurveyRules() {
	}

	/** The draft, trimmed and with questions numbered from 1, or a 400 naming each bad field. */
	static SurveyDraft checked(SurveyDraft draft) {
		var errors = new ArrayList<FieldError>();
		var slug = strip(draft.slug());
		if (!slug.matches("[a-z0-9][a-z0-9-]{0,59}")) {
			errors.add(new FieldError("slug", "use 1 to 60 lower-case letters, digits and dashes"));
		}
		var title = strip(draft.title());
		if (title.isEmpty() || title.length() > 200 || title.matches("(?s).*[\\r\\n].*")) {
			errors.add(new FieldError("title", "write a title of one line, 1 to 200 characters"));
		}
		var intro = strip(draft.intro());
		if (intro.length() > 2000) {
			errors.add(new FieldError("intro", "is longer than 2000 characters"));
		}
		var given = draft.questions() == null ? List.<Question>of() : draft.questions();
		if (given.size() > MAX_QUESTIONS) {
			errors.add(new FieldError("questions", "a survey has at most " + MAX_QUESTIONS + " questions"));
		}
		var questions = new ArrayList<Question>();
		for (int i = 0; i < Math.min(given.size(), MAX_QUESTIONS); i++) {
			questions.add(question(given.get(i), i + 1, errors));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new SurveyDraft(slug, title, intro, questions);
	}

	private static Question question(Question q, int number, List<FieldError> errors) {
		var field = "questions[" + number + "]";
		if (q == null) {
			errors.add(new FieldError(field, "is empty"));
			return null;
		}
		var kind = strip(q.kind());
		if (!KINDS.contains(kind)) {
			errors.add(new FieldError(field + ".kind", "choose rating, single, multiple or text"));
		}
		var text = strip(q.text());
		if (text.isEmpty() || text.length() > 500) {
			errors.add(new FieldError(field + ".text", "write a question of 1 to 500 characters"));
		}
		Integer scale = null;
		String low = null;
		String high = null;
		if ("rating".equals(kind)) {
			scale = q.scale() == null ? 5 : q.scale();
			if (scale < 2 || scale > 10) {
				errors.add(new FieldError(field + ".scale", "a rating scale goes from 1 to 2..10"));
			}
			low = label(q.lowLabel(), field + ".lowLabel", errors);
			high = label(q.highLabel(), field + ".highLabel", errors);
		}
		var options = List.<String>of();
		if ("single".equals(kind) || "multiple".equals(kind)) {
			options = options(q.options(), field + ".options", errors);
		}
		return new Question(number, kind, text, q.required(), scale, low, high, options);
	}

	private static List<String> options(List<String> given, String field, List<FieldError> errors) {
		var options = given == null ? List.<String>of() : given.stream().map(SurveyRules::strip).filter(o -> !o.isEmpty())
			.toList();
		if (options.size() < 2 || options.size() > MAX_OPTIONS) {
			errors.add(new FieldError(field, "give 2 to " + MAX_OPTIONS + " options"));
		}
		var seen = new HashSet<String>();
		for (var option : options) {
			if (option.length() > 200 || option.contains("\n") || option.contains("\r")) {
				errors.add(new FieldError(field, "each option is one line of at most 200 characters"));
				break;
			}
			if (!seen.add(option)) {
				errors.add(new FieldError(field, "option '" + option + "' is given twice"));
				break;
			}
		}
		return options;
	}

	private static String label(String label, String field, List<FieldError> errors) {
		var stripped = strip(label);
		if (stripped.length() > 60) {
			errors.add(new FieldError(field, "is longer than 60 characters"));
		}
		return stripped.isEmpty() ? null : stripped;
	}

	static String strip(String value) {
		return value == null ? "" : value.strip();
	}
}
