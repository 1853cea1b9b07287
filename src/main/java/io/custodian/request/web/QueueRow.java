package io.custodian.request.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.custodian.request.RequestSummary;

/** A request in the console's queue with its labels and how its deadline stands. */
record QueueRow(RequestSummary request, String typeLabel, String stateLabel, String stateTone, Due due) {

	static QueueRow of(RequestSummary s, ConsoleLabels labels, Instant now) {
		return new QueueRow(s, labels.type(s.type()), labels.state(s.state()), switch (s.state()) {
					case "completed" -> "ok";
					case "rejected", "locked" -> "danger";
					case "verified", "in-progress" -> "warn";
					default -> "muted";
				}, Due.of(s, now));
	}

	/** How a deadline stands: overdue, due soon (within a week), later, or closed. */
	record Due(String label, String tone, boolean overdue) {

		static Due of(RequestSummary s, Instant now) {
			if (s.closedAt() != null || "completed".equals(s.state()) || "rejected".equals(s.state())
					|| "expired".equals(s.state())) {
				return new Due("closed", "closed", false);
			}
			if (s.dueAt() == null) {
				return new Due("", "", false);
			}
			var today = now.atZone(ZoneOffset.UTC).toLocalDate();
			var dueDay = s.dueAt().atZone(ZoneOffset.UTC).toLocalDate();
			var days = ChronoUnit.DAYS.between(today, dueDay);
			if (s.dueAt().isBefore(now)) {
				var late = Math.max(0, -days);
				return new Due(late == 0 ? "overdue" : "overdue by " + late + (late == 1 ? " day" : " days"), "overdue", true);
			}
			if (days == 0) {
				return new Due("due today", "soon", false);
			}
			return new Due("due in " + days + (days == 1 ? " day" : " days"),
					Duration.between(now, s.dueAt()).toDays() < 7 ? "soon" : "later", false);
		}
	}
}
