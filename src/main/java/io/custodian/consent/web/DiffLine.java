package io.custodian.consent.web;

/** One line of a unified diff with its kind for colouring: add, del, hunk, file or context. */
record DiffLine(String kind, String text) {

	static DiffLine of(String line) {
		var kind = line.startsWith("+++") || line.startsWith("---") ? "file"
				: line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "ctx";
		return new DiffLine(kind, line);
	}
}
