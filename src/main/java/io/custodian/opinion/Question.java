package io.custodian.opinion;

import java.util.List;

/**
 * One question of a survey, numbered from 1: kind {@code rating} (1..scale with end labels), {@code single} or
 * {@code multiple} choice (options numbered from 1) or {@code text} (free text up to 5,000 characters).
 */
public record Question(Integer number, String kind, String text, Boolean required, Integer scale, String lowLabel,
		String highLabel, List<String> options) {

	public Question {
		number = number == null ? 0 : number;
		required = required != null && required;
		options = options == null ? List.of() : List.copyOf(options);
	}

	public boolean choice() {
		return "single".equals(kind) || "multiple".equals(kind);
	}
}
