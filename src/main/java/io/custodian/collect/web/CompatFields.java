package io.custodian.collect.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import io.custodian.collect.internal.ClientContext;
import io.custodian.collect.internal.FieldNotes;
import io.custodian.collect.internal.HitPipeline;
import io.custodian.collect.internal.IncomingHit;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import tools.jackson.databind.JsonNode;

/** Small conversions shared by the Matomo, Plausible and Umami compatible endpoints. */
public final class CompatFields {

	public static final int MAX_URL = 2048;

	private CompatFields() {
	}

	/**
	 * The referrer if it is an absolute http(s) URL, else null: the real products keep whatever the browser reports
	 * ({@code android-app://…}, truncated values), so an unusable referrer is dropped instead of refusing the hit.
	 */
	public static String referrer(String value) {
		if (value == null || value.isBlank() || value.length() > MAX_URL) {
			return null;
		}
		var v = value.strip();
		try {
			var uri = new URI(v);
			var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? v : null;
		}
		catch (URISyntaxException e) {
			return null;
		}
	}

	/** The first tag of an {@code Accept-Language}-style value ({@code "de-DE,de;q=0.9"} gives {@code "de-DE"}). */
	public static String firstLanguage(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var first = value.split(",", -1)[0].split(";", -1)[0].strip().replace('_', '-');
		return first.isEmpty() ? null : first;
	}

	/** The URL without its {@code #fragment}. */
	public static String withoutFragment(String url) {
		if (url == null) {
			return null;
		}
		int hash = url.indexOf('#');
		return hash < 0 ? url : url.substring(0, hash);
	}

	/** A JSON string field, null when absent or null; any other type is an error. */
	public static String text(JsonNode node, String field, String name, List<FieldError> errors) {
		var value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			errors.add(new FieldError(name, "must be a string"));
			return null;
		}
		return value.stringValue();
	}

	/** An optional JSON string field: null when absent, null or of another type (then noted as dropped). */
	public static String optionalText(JsonNode node, String field, String name, FieldNotes notes) {
		var value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			notes.dropped(name);
			return null;
		}
		return value.stringValue();
	}

	/** An optional whole number (JSON number or numeric string): null when absent, or when malformed (then noted). */
	public static Long optionalInteger(JsonNode node, String field, String name, FieldNotes notes) {
		var errors = new ArrayList<FieldError>();
		var value = integer(node, field, name, errors);
		if (!errors.isEmpty()) {
			notes.dropped(name);
		}
		return value;
	}

	/** A whole number given as a JSON number or a numeric string; null when absent; an error otherwise. */
	public static Long integer(JsonNode node, String field, String name, List<FieldError> errors) {
		var value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToLong()) {
			return value.longValue();
		}
		if (value.isNumber() && value.canConvertToLong() && value.doubleValue() == Math.rint(value.doubleValue())) {
			return value.longValue();
		}
		if (value.isString()) {
			try {
				return Long.parseLong(value.stringValue().strip());
			}
			catch (NumberFormatException e) {
				// reported below
			}
		}
		errors.add(new FieldError(name, "must be a whole number"));
		return null;
	}

	/** A JSON scalar as a property value: strings, numbers and booleans as such; anything else as its JSON text. */
	public static Object scalar(JsonNode value) {
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isNumber()) {
			return value.numberValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		return value.isNull() ? null : value.toString();
	}

	/**
	 * Stores the hits through the pipeline; for several hits, those refused by it are left out and the rest is
	 * stored. Returns the outcome and the indices of the refused hits.
	 */
	public static Partial collectValid(HitPipeline pipeline, List<IncomingHit> hits, ClientContext client,
			FieldNotes notes) {
		if (hits.isEmpty()) {
			return new Partial(new HitPipeline.Outcome(0, 0), List.of(), List.of());
		}
		try {
			return new Partial(pipeline.collect(hits, client, notes), List.of(), List.of());
		}
		catch (InvalidInput e) {
			var refused = new TreeSet<Integer>();
			boolean all = hits.size() == 1;
			for (var error : e.errors()) {
				var index = indexOf(error.field());
				if (index < 0) {
					all = true;
				}
				else {
					refused.add(index);
				}
			}
			if (all) {
				refused.clear();
				for (int i = 0; i < hits.size(); i++) {
					refused.add(i);
				}
				return new Partial(new HitPipeline.Outcome(0, 0), List.copyOf(refused), e.errors());
			}
			var rest = new ArrayList<IncomingHit>();
			for (int i = 0; i < hits.size(); i++) {
				if (!refused.contains(i)) {
					rest.add(hits.get(i));
				}
			}
			try {
				return new Partial(rest.isEmpty() ? new HitPipeline.Outcome(0, 0) : pipeline.collect(rest, client, notes),
						List.copyOf(refused), e.errors());
			}
			catch (InvalidInput again) {
				var everything = new ArrayList<Integer>();
				for (int i = 0; i < hits.size(); i++) {
					everything.add(i);
				}
				return new Partial(new HitPipeline.Outcome(0, 0), everything, e.errors());
			}
		}
	}

	private static int indexOf(String field) {
		if (field == null || !field.startsWith("hits[")) {
			return -1;
		}
		int end = field.indexOf(']');
		try {
			return Integer.parseInt(field.substring(5, end));
		}
		catch (RuntimeException e) {
			return -1;
		}
	}

	/** What the pipeline stored, which hits it refused (by index) and why. */
	public record Partial(HitPipeline.Outcome outcome, List<Integer> refused, List<FieldError> errors) {
	}
}
