package io.custodian.request.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.custodian.request.RequestType;

/** What the emails to a requester say, in German when the request was made in German, else in English. */
final class RequestTexts {

	private static final Map<RequestType, String> GERMAN_TYPES = Map.of(RequestType.ACCESS, "Auskunft",
			RequestType.CORRECTION, "Berichtigung", RequestType.ADDITION, "Vervollständigung", RequestType.DELETION,
			"Löschung", RequestType.SUSPENSION, "Einschränkung", RequestType.LIFT_SUSPENSION,
			"Aufhebung der Einschränkung", RequestType.ELIMINATION, "vollständige Löschung");

	private RequestTexts() {
	}

	static boolean german(String language) {
		return language != null && language.toLowerCase().startsWith("de");
	}

	static String subject(String reference, String language) {
		return (german(language) ? "Datenschutz-Anfrage " : "Privacy request ") + reference;
	}

	static String completedSubject(String reference, String language) {
		return subject(reference, language) + (german(language) ? " abgeschlossen" : " completed");
	}

	/** The code email: the code, the page to enter it on, and that a reply quoting it does as well. */
	static String code(String reference, String code, long minutes, String link, String language) {
		return german(language)
				? "Sie haben eine Datenschutz-Anfrage gestellt (" + reference + ").\n\nIhr Bestätigungscode: " + code
						+ "\n\nGeben Sie ihn hier ein: " + link + "\n\nOder antworten Sie auf diese E-Mail mit dem Code. Er gilt "
						+ minutes + " Minuten. Haben Sie nichts angefragt, ignorieren Sie diese Nachricht."
				: "You made a privacy request (" + reference + ").\n\nYour confirmation code: " + code + "\n\nEnter it here: "
						+ link + "\n\nOr reply to this email with the code. It is valid for " + minutes
						+ " minutes. If you did not ask for anything, ignore this message.";
	}

	/** A message from staff about the request, as they wrote it. */
	static String staffReply(String reference, String text, String language) {
		return (german(language) ? "Zu Ihrer Datenschutz-Anfrage " + reference + ":\n\n"
				: "About your privacy request " + reference + ":\n\n") + text;
	}

	/** Completion; {@code downloadLink} only for access requests, valid {@code days}. */
	static String completed(String reference, RequestType type, String downloadLink, long days, String language) {
		if (german(language)) {
			return downloadLink != null
					? "Ihre Datenschutz-Anfrage " + reference + " ist erledigt. Laden Sie Ihre Daten herunter (der Link gilt "
							+ days + " Tage): " + downloadLink
					: "Ihre Datenschutz-Anfrage " + reference + " (" + GERMAN_TYPES.get(type) + ") ist erledigt.";
		}
		return downloadLink != null
				? "Your privacy request " + reference + " is complete. Download your data (the link works for " + days
						+ " days): " + downloadLink
				: "Your privacy request " + reference + " (" + type.id() + ") is complete.";
	}

	static String rejected(String reason, String language) {
		return (german(language) ? "Wir konnten Ihre Anfrage nicht erfüllen: " : "We could not fulfil your request: ")
				+ reason;
	}

	static String extended(Instant due, String reason, String language) {
		var date = DateTimeFormatter.ISO_LOCAL_DATE.format(due.atZone(ZoneOffset.UTC));
		return german(language)
				? "Wir brauchen mehr Zeit für die Antwort auf Ihre Anfrage, bis zum " + date + ". Der Grund: " + reason
				: "We need more time to answer your request, until " + date + ". The reason: " + reason;
	}
}
