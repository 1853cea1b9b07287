package io.custodian.request.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.custodian.request.RequestType;

/** Guesses a request's type from its text (English and German); staff can change it. */
final class TypeGuesser {

	private static final List<Map.Entry<RequestType, List<String>>> RULES = List.of(
			Map.entry(RequestType.ELIMINATION, List.of("forget me", "erase everything", "delete everything",
					"delete all", "erase all", "right to be forgotten", "delete my account", "alles löschen",
					"vergessen werden", "konto löschen")),
			Map.entry(RequestType.LIFT_SUSPENSION, List.of("lift the restriction", "lift the suspension", "resume processing",
					"einschränkung aufheben")),
			Map.entry(RequestType.SUSPENSION, List.of("restrict", "suspend", "stop processing", "object to",
					"einschränk", "sperren", "widerspruch")),
			Map.entry(RequestType.DELETION, List.of("delete", "erase", "remove", "löschen", "entfernen")),
			Map.entry(RequestType.CORRECTION, List.of("correct", "rectif", "wrong", "update my", "berichtig", "korrigier",
					"falsch")),
			Map.entry(RequestType.ADDITION, List.of("add ", "complete my", "missing", "ergänz", "hinzufüg")),
			Map.entry(RequestType.ACCESS, List.of("access", "copy", "export", "what data", "which data", "auskunft",
					"kopie", "welche daten")));

	private TypeGuesser() {
	}

	static RequestType guess(String text) {
		if (text == null) {
			return RequestType.ACCESS;
		}
		var lower = text.toLowerCase(Locale.ROOT);
		return RULES.stream().filter(rule -> rule.getValue().stream().anyMatch(lower::contains)).map(Map.Entry::getKey)
			.findFirst().orElse(RequestType.ACCESS);
	}
}
