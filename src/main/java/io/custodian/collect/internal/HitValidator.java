package io.custodian.collect.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.custodian.system.InvalidInput.FieldError;

/** Refuses hits whose fields are malformed, oversized or absurd, naming the field and the reason. */
final class HitValidator {

	static final int MAX_URL = 2048;

	private static final Set<String> TYPES = Set.of(IncomingHit.PAGEVIEW, IncomingHit.ENGAGEMENT, IncomingHit.ACTION);

	static final Set<String> ACTION_KINDS = Set.of("outbound", "download", "custom", "search", "event", "goal");

	private static final Cache<String, Boolean> LANGUAGES = Caffeine.newBuilder().maximumSize(10_000).build();

	private HitValidator() {
	}

	static void check(IncomingHit hit, String prefix, List<FieldError> errors) {
		if (hit.type() == null || !TYPES.contains(hit.type())) {
			errors.add(new FieldError(prefix + "type", "must be pageview, engagement or action"));
		}
		url(hit.url(), prefix + "url", true, errors);
		url(hit.referrer(), prefix + "referrer", false, errors);
		text(hit.title(), prefix + "title", 512, errors);
		if (hit.screen() != null && !isScreen(hit.screen())) {
			errors.add(new FieldError(prefix + "screen", "must be WIDTHxHEIGHT, each between 100 and 16384"));
		}
		if (hit.language() != null && !validLanguage(hit.language())) {
			errors.add(new FieldError(prefix + "language", "must be a BCP 47 language tag such as en-US"));
		}
		id(hit.pageviewId(), prefix + "pageview", errors);
		id(hit.visitorId(), prefix + "visitor", errors);
		id(hit.sessionId(), prefix + "session", errors);
		id(hit.consentId(), prefix + "consent", errors);
		if (hit.engagedMs() != null && (hit.engagedMs() < 0 || hit.engagedMs() > 86_400_000)) {
			errors.add(new FieldError(prefix + "engagedMs", "must be between 0 and 86400000 (one day)"));
		}
		if (IncomingHit.ACTION.equals(hit.type())) {
			action(hit.action(), prefix + "action", errors);
		}
	}

	private static void action(IncomingHit.Action action, String field, List<FieldError> errors) {
		if (action == null) {
			errors.add(new FieldError(field, "is required for hits of type action"));
			return;
		}
		if (action.name() == null || action.name().isBlank()) {
			errors.add(new FieldError(field + ".name", "is required"));
		}
		text(action.name(), field + ".name", 200, errors);
		if (action.kind() != null && !ACTION_KINDS.contains(action.kind())) {
			errors.add(new FieldError(field + ".kind", "must be one of " + ACTION_KINDS));
		}
		url(action.target(), field + ".target", false, errors);
		if (action.props() != null) {
			if (action.props().size() > 30) {
				errors.add(new FieldError(field + ".props", "at most 30 properties"));
			}
			action.props().forEach((k, v) -> {
				text(k, field + ".props", 100, errors);
				if (!(v == null || v instanceof String || v instanceof Number || v instanceof Boolean)) {
					errors.add(new FieldError(field + ".props." + k, "must be a string, number or boolean"));
				}
				else if (v instanceof String s) {
					text(s, field + ".props." + k, 500, errors);
				}
			});
		}
	}

	private static void url(String value, String field, boolean required, List<FieldError> errors) {
		if (value == null || value.isEmpty()) {
			if (required) {
				errors.add(new FieldError(field, "is required"));
			}
			return;
		}
		var problem = urlProblem(value);
		if (problem != null) {
			errors.add(new FieldError(field, problem));
		}
	}

	/** Why a non-empty value is not a storable http(s) URL, or null when it is one. */
	static String urlProblem(String value) {
		if (value.length() > MAX_URL) {
			return "must be at most " + MAX_URL + " characters";
		}
		if (PlainUrls.isPlainHttp(value)) {
			return null;
		}
		try {
			var uri = new URI(value);
			var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? null
					: "must be an absolute http or https URL";
		}
		catch (URISyntaxException e) {
			return "is not a valid URL";
		}
	}

	/** {@code WIDTHxHEIGHT}, each 2 to 5 digits and between 100 and 16384. */
	static boolean isScreen(String value) {
		int x = value.indexOf('x');
		return x > 0 && isSide(value, 0, x) && isSide(value, x + 1, value.length());
	}

	private static boolean isSide(String value, int from, int to) {
		if (to - from < 2 || to - from > 5) {
			return false;
		}
		int side = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			side = side * 10 + (c - '0');
		}
		return side >= 100 && side <= 16384;
	}

	private static void text(String value, String field, int max, List<FieldError> errors) {
		if (value == null) {
			return;
		}
		if (value.length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
		else if (hasControl(value)) {
			errors.add(new FieldError(field, "must not contain control characters"));
		}
	}

	static boolean hasControl(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
				return true;
			}
		}
		return false;
	}

	private static void id(String value, String field, List<FieldError> errors) {
		if (value != null && !isId(value)) {
			errors.add(new FieldError(field, "must be 1-64 letters, digits or . _ : -"));
		}
	}

	static boolean isId(String value) {
		if (value.isEmpty() || value.length() > 64) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
					|| c == ':' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	static boolean validLanguage(String value) {
		if (value.length() > 35) {
			return false;
		}
		return LANGUAGES.get(value, HitValidator::isLanguageTag);
	}

	private static boolean isLanguageTag(String value) {
		var locale = Locale.forLanguageTag(value);
		return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(value.replace('_', '-'));
	}
}
