package io.custodian.news.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.custodian.system.InvalidInput;

/**
 * Reads a subscriber file: a header naming {@code email} and optionally {@code topics} (keys separated by ';') and
 * {@code language}, then one subscriber a line. Each line is checked on its own; a bad line is reported with its
 * number and reason, never stops the others.
 */
final class ImportCsv {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_ROWS = 50_000;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(-[A-Za-z]{2})?");

	private ImportCsv() {
	}

	/** The lines of the file, each valid (email, topics, language) or invalid with a reason. */
	static List<Line> read(byte[] content, Predicate<String> activeTopic) {
		if (content.length > MAX_BYTES) {
			throw new InvalidInput("file", "the file is larger than 2 MB");
		}
		var lines = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n|\r");
		if (lines.length == 0 || lines[0].isBlank()) {
			throw new InvalidInput("file", "the file is empty; its first line must name the columns (email, topics, language)");
		}
		var header = Arrays.stream(lines[0].split(",", -1)).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		var email = header.indexOf("email");
		if (email < 0 || header.stream().anyMatch(h -> !List.of("email", "topics", "language").contains(h))) {
			throw new InvalidInput("file", "line 1: the header must name the column email and may name topics and language, "
					+ "nothing else");
		}
		if (lines.length - 1 > MAX_ROWS) {
			throw new InvalidInput("file", "the file has more than " + MAX_ROWS + " rows");
		}
		var result = new ArrayList<Line>();
		for (int i = 1; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				result.add(line(i + 1, lines[i].split(",", -1), header, activeTopic));
			}
		}
		return result;
	}

	private static Line line(int number, String[] cells, List<String> header, Predicate<String> activeTopic) {
		if (cells.length != header.size()) {
			return Line.invalid(number, "expected " + header.size() + " columns, found " + cells.length);
		}
		var email = cell(cells, header, "email");
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			return Line.invalid(number, "malformed email address");
		}
		var topics = Arrays.stream(cell(cells, header, "topics").split(";")).map(String::strip).filter(t -> !t.isEmpty())
			.distinct().toList();
		if (topics.isEmpty()) {
			return Line.invalid(number, "no topic");
		}
		for (var topic : topics) {
			if (topic.length() > 60 || !activeTopic.test(topic)) {
				return Line.invalid(number, "unknown topic '" + (topic.length() > 40 ? topic.substring(0, 40) + "…" : topic) + "'");
			}
		}
		var language = cell(cells, header, "language");
		if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
			return Line.invalid(number, "language must be a code like en or de");
		}
		return new Line(number, email, String.join(",", topics), language.isEmpty() ? null : language, null);
	}

	private static String cell(String[] cells, List<String> header, String column) {
		var index = header.indexOf(column);
		return index < 0 ? "" : cells[index].strip().replaceAll("^\"|\"$", "");
	}

	/** One data line: valid when {@code reason} is null. */
	record Line(int number, String email, String topics, String language, String reason) {

		static Line invalid(int number, String reason) {
			return new Line(number, null, null, null, reason);
		}

		boolean valid() {
			return reason == null;
		}
	}
}
