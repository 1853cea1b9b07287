package io.custodian.collect.web.plausible;

import java.util.ArrayList;
import java.util.List;

import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.web.CompatFields;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a Plausible event body, short keys or their long aliases, refusing it with every problem found. */
@Component
class PlausibleEventReader {

	private static final int MAX_NAME = 120;

	private static final long MAX_E_MS = 30L * 86_400_000L;

	private static final long MAX_ENGAGED_MS = 86_400_000L;

	private final JsonMapper json;

	PlausibleEventReader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Reads the event; a missing or malformed name, url or domain refuses it, as do an over-long name and an engagement
	 * without a usable {@code e} or {@code sd}. Odd optional fields ({@code r}, {@code h}, {@code p}) are dropped.
	 */
	PlausibleEvent read(JsonNode body, FieldNotes notes) {
		if (!body.isObject()) {
			throw new InvalidInput("request", "must be a JSON object");
		}
		var errors = new ArrayList<FieldError>();
		var name = name(body, errors);
		var url = url(body, errors);
		var referrer = CompatFields.referrer(CompatFields.optionalText(body, alias(body, "r", "referrer"), "referrer", notes));
		var hashMode = hashMode(body, notes);
		var props = PlausibleProps.read(json, body, notes);
		var engagedMs = "engagement".equals(name) ? engagement(body, errors, notes) : null;
		var domains = PlausibleDomains.read(CompatFields.text(body, alias(body, "d", "domain"), "domain", errors), url,
				errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var scrollDepth = "engagement".equals(name) ? scrollDepth(body) : null;
		return new PlausibleEvent(name, url, referrer, hashMode, props, engagedMs, domains, scrollDepth);
	}

	private static String name(JsonNode body, List<FieldError> errors) {
		var value = body.get(alias(body, "n", "name"));
		if (value == null || value.isNull()) {
			errors.add(new FieldError("name", "is required"));
			return null;
		}
		if (!value.isString() && !value.isIntegralNumber()) {
			errors.add(new FieldError("name", "must be a string"));
			return null;
		}
		var name = value.isString() ? value.stringValue() : value.asString();
		if (name.isBlank()) {
			errors.add(new FieldError("name", "is required"));
		}
		else if (name.length() > MAX_NAME) {
			errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
		}
		return name;
	}

	private static String url(JsonNode body, List<FieldError> errors) {
		var url = CompatFields.text(body, alias(body, "u", "url"), "url", errors);
		if ((url == null || url.isBlank()) && errors.stream().noneMatch(e -> e.field().equals("url"))) {
			errors.add(new FieldError("url", "is required"));
		}
		return url;
	}

	/** {@code h}: 1 or true when the site routes by the URL's fragment; any other value is dropped (no hash mode). */
	private static boolean hashMode(JsonNode body, FieldNotes notes) {
		var h = body.get(alias(body, "h", "hashMode"));
		if (h == null || h.isNull()) {
			return false;
		}
		boolean number = h.isIntegralNumber() && h.canConvertToInt();
		if (number && (h.intValue() == 0 || h.intValue() == 1) || h.isBoolean()
				|| h.isString() && ("0".equals(h.stringValue()) || "1".equals(h.stringValue()))) {
			return number ? h.intValue() == 1 : h.isBoolean() ? h.booleanValue() : "1".equals(h.stringValue());
		}
		notes.dropped("h");
		return false;
	}

	/** {@code e}: engaged time since the last engagement hit (a delta); an engagement needs a valid e or sd. */
	private static Integer engagement(JsonNode body, List<FieldError> errors, FieldNotes notes) {
		var e = CompatFields.optionalInteger(body, "e", "e", notes);
		var sd = CompatFields.optionalInteger(body, "sd", "sd", notes);
		boolean validE = e != null && e >= 0 && e <= MAX_E_MS;
		boolean validSd = sd != null && sd >= 0;
		if (!validE && !validSd) {
			errors.add(new FieldError("e", "an engagement needs a valid sd (scroll depth) or e (engaged ms)"));
		}
		return validE && e <= MAX_ENGAGED_MS ? e.intValue() : null;
	}

	/** {@code sd}: the deepest scroll in percent, kept when it is a whole number or numeric text (above 100 is 100). */
	private static Integer scrollDepth(JsonNode body) {
		var sd = body.get("sd");
		if (sd != null && sd.isString() && sd.stringValue().strip().matches("\\d{1,9}")) {
			return Math.min(100, Integer.parseInt(sd.stringValue().strip()));
		}
		if (sd == null || !sd.isIntegralNumber() || !sd.canConvertToInt() || sd.intValue() < 0) {
			return null;
		}
		return Math.min(100, sd.intValue());
	}

	private static String alias(JsonNode body, String shortKey, String longKey) {
		return body.has(shortKey) ? shortKey : longKey;
	}
}
