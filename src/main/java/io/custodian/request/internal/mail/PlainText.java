package io.custodian.request.internal.mail;

/** Normalises message text to what the request desk stores, in linear time. */
final class PlainText {

	private PlainText() {
	}

	/**
	 * Line breaks as \n, no control characters but tab and newline, no trailing blanks, at most one empty line in a
	 * row, trimmed; only the first {@code 4 * MessageReader.MAX_CHARS} characters are looked at (no regular
	 * expressions, so long runs of blanks cost linear time).
	 */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		var input = truncate(text, 4 * MessageReader.MAX_CHARS);
		var out = new StringBuilder(input.length());
		var line = new StringBuilder();
		int blankLines = 0;
		for (int i = 0; i <= input.length(); i++) {
			char c = i < input.length() ? input.charAt(i) : '\n';
			if (c == '\r') {
				if (i + 1 < input.length() && input.charAt(i + 1) == '\n') {
					continue;
				}
				c = '\n';
			}
			if (c != '\n') {
				if (c == '\t' || !Character.isISOControl(c)) {
					line.append(c);
				}
				continue;
			}
			var stripped = line.toString().stripTrailing();
			line.setLength(0);
			if (stripped.isBlank()) {
				blankLines++;
				continue;
			}
			if (!out.isEmpty()) {
				out.append(blankLines > 0 ? "\n\n" : "\n");
			}
			out.append(stripped);
			blankLines = 0;
		}
		return out.toString().strip();
	}

	/** At most {@code max} characters, never cutting a surrogate pair in half. */
	static String truncate(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end);
	}
}
