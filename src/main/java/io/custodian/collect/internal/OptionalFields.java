package io.custodian.collect.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tidies the optional fields of a hit before {@link HitValidator} checks it, so that no hit is lost because one
 * optional value is odd: a value that can be read is normalised (screen {@code 1920X1080}, a language list, an
 * over-long title or property cut, control characters made spaces, an engaged time clamped to a day), one that cannot
 * is dropped; each is noted. Required fields (site, type, url, an action's name) are left for the validator.
 */
final class OptionalFields {

	static final int MAX_TITLE = 512;

	static final int MAX_ACTION_NAME = 200;

	static final int MAX_PROPS = 30;

	static final int MAX_PROP_KEY = 100;

	static final int MAX_PROP_VALUE = 500;

	static final int MAX_ENGAGED_MS = 86_400_000;

	private static final Pattern SCREEN = Pattern
		.compile("^\\s*(\\d{1,6})(?:\\.\\d+)?\\s*[xX\u00d7*]\\s*(\\d{1,6})(?:\\.\\d+)?\\s*$");

	private OptionalFields() {
	}

	static IncomingHit tidy(IncomingHit hit, FieldNotes notes) {
		var action = IncomingHit.ACTION.equals(hit.type()) && hit.action() != null ? action(hit.action(), notes)
				: hit.action();
		return hit.with(text(hit.title(), "title", MAX_TITLE, notes), referrer(hit.referrer(), notes),
				screen(hit.screen(), notes), language(hit.language(), notes), id(hit.pageviewId(), "pageview", notes),
				id(hit.visitorId(), "visitor", notes), id(hit.sessionId(), "session", notes),
				id(hit.consentId(), "consent", notes), engagedMs(hit.engagedMs(), notes), action);
	}

	/** {@code WIDTHxHEIGHT} in any case or with {@code ×}, fractions rounded down; dropped outside 100 to 16384. */
	static String screen(String value, FieldNotes notes) {
		if (value == null || HitValidator.isScreen(value)) {
			return value;
		}
		var m = SCREEN.matcher(value);
		var normal = m.matches() ? Integer.parseInt(m.group(1)) + "x" + Integer.parseInt(m.group(2)) : null;
		if (normal != null && HitValidator.isScreen(normal)) {
			notes.normalised("screen");
			return normal;
		}
		notes.dropped("screen");
		return null;
	}

	/** A BCP 47 tag; the first of an {@code Accept-Language} list, {@code _} read as {@code -}; else dropped. */
	static String language(String value, FieldNotes notes) {
		if (value == null || HitValidator.validLanguage(value)) {
			return value;
		}
		var first = value.split(",", -1)[0].split(";", -1)[0].strip().replace('_', '-');
		if (!first.isEmpty() && HitValidator.validLanguage(first)) {
			notes.normalised("language");
			return first;
		}
		notes.dropped("language");
		return null;
	}

	private static String referrer(String value, FieldNotes notes) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (HitValidator.urlProblem(value) == null) {
			return value;
		}
		notes.dropped("referrer");
		return null;
	}

	private static String id(String value, String field, FieldNotes notes) {
		if (value == null || HitValidator.isId(value)) {
			return value;
		}
		notes.dropped(field);
		return null;
	}

	private static Integer engagedMs(Integer value, FieldNotes notes) {
		if (value == null || value >= 0 && value <= MAX_ENGAGED_MS) {
			return value;
		}
		if (value < 0) {
			notes.dropped("engagedMs");
			return null;
		}
		notes.normalised("engagedMs");
		return MAX_ENGAGED_MS;
	}

	private static IncomingHit.Action action(IncomingHit.Action action, FieldNotes notes) {
		var kind = action.kind();
		if (kind != null && !HitValidator.ACTION_KINDS.contains(kind)) {
			notes.dropped("action.kind");
			kind = null;
		}
		var target = action.target();
		if (target != null && (target.isEmpty() || HitValidator.urlProblem(target) != null)) {
			notes.dropped("action.target");
			target = null;
		}
		var name = action.name() == null || action.name().isBlank() ? action.name()
				: text(action.name(), "action.name", MAX_ACTION_NAME, notes);
		return new IncomingHit.Action(name, kind, target, props(action.props(), notes));
	}

	/** The first 30 properties with a usable key and a string, number or boolean value, strings cut to 500. */
	private static Map<String, Object> props(Map<String, Object> props, FieldNotes notes) {
		if (props == null) {
			return null;
		}
		var kept = new LinkedHashMap<String, Object>();
		boolean odd = false;
		for (var entry : props.entrySet()) {
			var key = entry.getKey();
			var value = entry.getValue();
			if (kept.size() == MAX_PROPS || key == null || key.isEmpty() || key.length() > MAX_PROP_KEY
					|| HitValidator.hasControl(key)
					|| !(value == null || value instanceof String || value instanceof Number || value instanceof Boolean)) {
				odd = true;
				continue;
			}
			if (value instanceof String s) {
				var tidy = clean(s, MAX_PROP_VALUE);
				odd |= !tidy.equals(s);
				value = tidy;
			}
			kept.put(key, value);
		}
		if (odd) {
			notes.normalised("action.props");
		}
		return kept;
	}

	private static String text(String value, String field, int max, FieldNotes notes) {
		if (value == null) {
			return null;
		}
		var tidy = clean(value, max);
		if (!tidy.equals(value)) {
			notes.normalised(field);
		}
		return tidy;
	}

	/** Control characters as spaces, cut to {@code max} characters (never inside a surrogate pair). */
	static String clean(String value, int max) {
		var text = value;
		if (HitValidator.hasControl(text)) {
			var sb = new StringBuilder(text.length());
			text.chars().forEach(c -> sb.append(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : (char) c));
			text = sb.toString();
		}
		if (text.length() > max) {
			int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
			text = text.substring(0, end);
		}
		return text;
	}
}
