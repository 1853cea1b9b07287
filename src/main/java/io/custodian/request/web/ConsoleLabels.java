package io.custodian.request.web;

import java.util.Map;

/** The words the console shows staff for request types and states, by id. */
final class ConsoleLabels {

	static final Map<String, String> TYPE_LABELS = Map.of("access", "Access", "correction", "Correction", "addition",
			"Addition", "deletion", "Deletion", "suspension", "Suspension", "lift-suspension", "Lift suspension",
			"elimination", "Elimination");

	static final Map<String, String> STATE_LABELS = Map.of("received", "Received", "verifying", "Awaiting code", "locked",
			"Locked — too many wrong codes", "verified",
			"Verified", "in-progress", "In progress", "completed", "Completed", "rejected", "Rejected", "expired", "Expired");

	private ConsoleLabels() {
	}
}
