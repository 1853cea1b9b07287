package io.custodian.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Failed fuzz cases grouped by endpoint, content type and what went wrong, each group with its first example. */
final class Failures {

	private final Map<String, List<String>> groups = new LinkedHashMap<>();

	private int count;

	synchronized void add(String what, FuzzCase fuzzCase, String answer) {
		count++;
		var key = fuzzCase.endpoint() + " [" + fuzzCase.label() + "] " + what;
		var example = fuzzCase.describe() + (answer == null ? "" : "\n      answer: " + abbreviate(answer));
		groups.computeIfAbsent(key, k -> new ArrayList<>()).add(example);
	}

	synchronized int count() {
		return count;
	}

	synchronized String summary() {
		var summary = new StringBuilder();
		groups.forEach((key, examples) -> summary.append("  ").append(examples.size()).append("x ").append(key)
			.append("\n      e.g. ").append(examples.getFirst()).append('\n'));
		return summary.toString();
	}

	private static String abbreviate(String text) {
		return FuzzCase.printable(text.length() > 300 ? text.substring(0, 300) + "…" : text);
	}
}
