package io.custodian.support.internal;

import io.custodian.system.InvalidInput;

/** The bounds of what people write into a case: a one-line subject, a message text, a staff username. */
final class SupportInput {

	static final int MAX_BODY = 20_000;

	private SupportInput() {
	}

	static String subject(String subject) {
		if (subject == null || subject.isBlank() || subject.strip().length() > 200 || subject.matches("(?s).*[\\r\\n].*")) {
			throw new InvalidInput("subject", "write a subject of one line, 1 to 200 characters");
		}
		return subject.strip();
	}

	static String body(String field, String body) {
		if (body == null || body.isBlank() || body.length() > MAX_BODY) {
			throw new InvalidInput(field, "write a text of 1 to " + MAX_BODY + " characters");
		}
		return body.strip();
	}

	/** The staff username, or null to unassign. */
	static String assignee(String assignee) {
		if (assignee == null || assignee.isBlank()) {
			return null;
		}
		if (!assignee.strip().matches("[A-Za-z0-9._@-]{1,100}")) {
			throw new InvalidInput("assignee", "a staff username: 1 to 100 letters, digits or . _ @ -");
		}
		return assignee.strip();
	}
}
