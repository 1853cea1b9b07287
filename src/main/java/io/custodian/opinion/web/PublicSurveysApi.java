package io.custodian.opinion.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.custodian.opinion.internal.Answers;
import io.custodian.system.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public surveys API: an open survey's questions, and anonymous answers to it (linked to no one). */
@RestController
class PublicSurveysApi {

	private final Answers answers;

	PublicSurveysApi(Answers answers) {
		this.answers = answers;
	}

	@GetMapping("/api/v1/surveys/by-slug/{slug}")
	@Operation(summary = "An open survey's title, intro and questions (404 unknown, 409 not open yet, 410 closed)")
	Map<String, Object> survey(@PathVariable String slug) {
		var survey = answers.answerable(slug);
		return Map.of("slug", survey.slug(), "title", survey.title(), "intro", survey.intro(), "questions",
				survey.questions());
	}

	@PostMapping("/api/v1/surveys/by-slug/{slug}/answers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Answer anonymously: {\"answers\":{\"1\":4,\"2\":[1,3],\"3\":\"text\"}} by question "
			+ "number; options and ratings by number from 1")
	Map<String, String> answer(@PathVariable String slug, @RequestBody Body body) {
		answers.anonymous(slug, normalized(body.answers()), SurveyPages.language(LocaleContextHolder.getLocale()));
		return Map.of("status", "stored");
	}

	/** Each answer as strings: a number, a text, or a list of numbers. */
	static Map<String, List<String>> normalized(Map<String, Object> given) {
		if (given == null) {
			return Map.of();
		}
		if (given.size() > 2 * io.custodian.opinion.internal.Surveys.MAX_QUESTIONS) {
			throw new InvalidInput("answers", "too many answers");
		}
		var normalized = new LinkedHashMap<String, List<String>>();
		given.forEach((key, value) -> {
			if (value instanceof Number || value instanceof String) {
				normalized.put(key, List.of(value.toString()));
			}
			else if (value instanceof List<?> list && list.size() <= 30
					&& list.stream().allMatch(v -> v instanceof Number || v instanceof String)) {
				normalized.put(key, new ArrayList<>(list.stream().map(Object::toString).toList()));
			}
			else if (value != null) {
				throw new InvalidInput("answers." + (key.length() > 20 ? key.substring(0, 20) : key),
						"give a number, a text or a list of numbers");
			}
		});
		return normalized;
	}

	/** An anonymous answer: by question number, an option or rating number, a list of option numbers, or a text. */
	record Body(Map<String, Object> answers) {
	}
}
