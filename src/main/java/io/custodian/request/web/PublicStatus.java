package io.custodian.request.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.custodian.request.RequestSummary;

/** What the code page shows about a request: nothing personal, only its shape and clock, in the visitor's language. */
record PublicStatus(UUID id, String reference, String type, String typeLabel, String state, String stateLabel,
		String received, String due, String closed, String extensionReason, boolean awaitingCode, boolean locked) {

	private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY_DE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN)
		.withZone(ZoneOffset.UTC);

	/** The status with labels from {@code t}; locked when the requester gave too many wrong codes. */
	static PublicStatus of(RequestSummary summary, PageTexts t) {
		var german = t.german();
		return new PublicStatus(summary.id(), summary.reference(), summary.type(),
				t.get("type." + summary.type() + ".title"), summary.state(), t.get("state." + summary.state()),
				day(summary.receivedAt(), german), day(summary.dueAt(), german), day(summary.closedAt(), german),
				summary.extensionReason(), "verifying".equals(summary.state()), "locked".equals(summary.state()));
	}

	public boolean open() {
		return !List.of("completed", "rejected", "expired").contains(state);
	}

	private static String day(Instant instant, boolean german) {
		return instant == null ? null : (german ? DAY_DE : DAY_EN).format(instant);
	}
}
