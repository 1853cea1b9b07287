package io.custodian.opinion;

import java.util.List;
import java.util.UUID;

/**
 * A survey's results in aggregate: the whole survey and, when a breakdown is asked for, each group; a group with
 * fewer than {@code minGroupSize} answers is withheld with no figure at all, and so is the smallest other group
 * while the withheld ones together are under the threshold (so no figure follows by subtraction). Free text shows
 * only as redacted, approved texts, never attributed, and only when the survey has enough answers.
 */
public record SurveyResults(UUID survey, String title, int minGroupSize, String breakdown, Group overall,
		List<Group> groups, List<Texts> texts) {

	/** The answers of one group; {@code answers} and {@code questions} are empty when it is withheld. */
	public record Group(String label, boolean withheld, Long answers, List<QuestionResult> questions) {
	}

	/** One question's counts per option or rating value, and the mean of a rating; withheld under the threshold. */
	public record QuestionResult(int number, String kind, String text, boolean withheld, Long answered,
			List<Count> counts, Double mean) {
	}

	/** The approved, redacted texts answering one free-text question, in alphabetical order. */
	public record Texts(int number, String text, List<String> answers) {
	}

	/** How many answers chose one option or rating value, and the share of the question's answers. */
	public record Count(String label, long count, int percent) {
	}
}
