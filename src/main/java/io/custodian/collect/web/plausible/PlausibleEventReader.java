package io.custodian.collect.web.plausible;

import java.util.ArrayList;
import java.util.List;

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

	PlausibleEvent read(JsonNode body) {
		if (!body.isObject()) {
			throw new InvalidInput("request", "must be a JSON object");
		}
		var errors = new ArrayList<FieldError>();
		var name = name(body, errors);
		var url = url(body, errors);
		var referrer = CompatFields.referrer(CompatFields.text(body, alias(body, "r", "referrer"), "referrer", errors));
		var hashMode = hashMode(body, errors);
		var props = PlausibleProps.read(json, body, errors);
		var engagedMs = "engagement".equals(name) ? engagement(body, errors) : null;
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

	/** {@code h}: 1 or true when the site routes by the URL's fragment; any other number is refused. */
	private static boolean hashMode(JsonNode body, List<FieldError> errors) {
		var field = alias(body, "h", "hashMode");
		var h = body.get(field);
		if (h != null && h.isNumber()) {
			boolean one = h.isIntegralNumber() && h.canConvertToInt() && h.intValue() == 1;
			if (!one && !(h.isIntegralNumber() && h.canConvertToInt() && h.intValue() == 0)) {
				errors.add(new FieldError(field, "must be 0 or 1"));
			}
			return one;
		}
		return h != null && (h.isBoolean() && h.booleanValue() || h.isString() && "1".equals(h.stringValue()));
	}

	/** {@code e}: engaged time since the last engagement hit (a delta); an engagement needs a valid e or sd. */
	private static Integer engagement(JsonNode body, List<FieldError> errors) {
		var e = CompatFields.integer(body, "e", "e", errors);
		var sd = CompatFields.integer(body, "sd", "sd", errors);
		boolean validE = e != null && e >= 0 && e <= MAX_E_MS;
		boolean validSd = sd != null && sd >= 0;
		if (!validE && !validSd && errors.isEmpty()) {
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
