package io.custodian.collect.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.Site;
import io.custodian.collect.Sites;
import io.custodian.collect.internal.HitPipeline;
import io.custodian.collect.internal.IncomingHit;
import io.custodian.collect.internal.IncomingHit.SiteRef;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plausible's events endpoint: one JSON event (sent as text/plain by the tracker, application/json by API clients)
 * with short keys or their long aliases. See docs/compat.md §2.
 */
@RestController
@Tag(name = "Collection")
class PlausibleController {

	static final String DROPPED = "x-plausible-dropped";

	private static final int MAX_NAME = 120;

	private static final int MAX_PROPS = 30;

	private static final int MAX_DOMAINS = 10;

	private static final long MAX_E_MS = 30L * 86_400_000L;

	private static final long MAX_ENGAGED_MS = 86_400_000L;

	private static final MediaType TEXT_UTF8 = MediaType.parseMediaType("text/plain;charset=utf-8");

	private final HitPipeline pipeline;

	private final ClientContexts clients;

	private final CollectSettings settings;

	private final Sites sites;

	private final JsonMapper json;

	PlausibleController(HitPipeline pipeline, ClientContexts clients, CollectSettings settings, Sites sites,
			JsonMapper json) {
		this.pipeline = pipeline;
		this.clients = clients;
		this.settings = settings;
		this.sites = sites;
		this.json = json;
	}

	@PostMapping("/api/event")
	@Operation(summary = "Plausible events API: {\"n\",\"u\",\"d\",\"r\",\"p\",…} as text/plain or application/json")
	ResponseEntity<String> event(HttpServletRequest request) throws IOException {
		var body = RequestBodies.json(json, RequestBodies.read(request, settings.maxBodyBytes()));
		if (!body.isObject()) {
			throw new InvalidInput("request", "must be a JSON object");
		}
		var errors = new ArrayList<FieldError>();
		var name = name(body, errors);
		var url = CompatFields.text(body, alias(body, "u", "url"), "url", errors);
		if (url == null || url.isBlank()) {
			if (errors.stream().noneMatch(e -> e.field().equals("url"))) {
				errors.add(new FieldError("url", "is required"));
			}
		}
		var referrer = referrer(body, errors);
		var hashMode = hashMode(body);
		var props = props(body, errors);
		Integer engagedMs = null;
		if ("engagement".equals(name)) {
			engagedMs = engagement(body, errors);
		}
		var domains = domains(body, url, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var pageUrl = hashMode ? url : CompatFields.withoutFragment(url);
		String type;
		IncomingHit.Action action = null;
		if ("pageview".equals(name)) {
			type = IncomingHit.PAGEVIEW;
		}
		else if ("engagement".equals(name)) {
			type = IncomingHit.ENGAGEMENT;
		}
		else {
			type = IncomingHit.ACTION;
			action = action(name, props);
		}
		int dropped = 0;
		var refs = new ArrayList<SiteRef>();
		if (domains.size() == 1) {
			refs.add(SiteRef.byDomain(domains.getFirst()));
		}
		else {
			var found = new LinkedHashSet<Site>();
			for (var domain : domains) {
				var site = sites.findByDomain(domain);
				if (site.isPresent()) {
					found.add(site.get());
				}
				else {
					dropped++;
				}
			}
			if (found.isEmpty()) {
				throw new InvalidInput("domain", "is not a registered site");
			}
			found.forEach(s -> refs.add(SiteRef.byId(s.id().toString())));
		}
		var hits = new ArrayList<IncomingHit>();
		for (var ref : refs) {
			hits.add(new IncomingHit(ref, type, pageUrl, null, referrer, null, null, null, null, null, null, null,
					engagedMs, action, null, null, null));
		}
		var outcome = pipeline.collect(hits, clients.from(request));
		dropped += outcome.excluded() + outcome.bots();
		var response = ResponseEntity.accepted().contentType(TEXT_UTF8).cacheControl(CacheControl.noStore());
		if (dropped > 0) {
			response.header(DROPPED, Integer.toString(dropped));
		}
		return response.body("ok");
	}

	private static String name(JsonNode body, List<FieldError> errors) {
		var value = body.get(alias(body, "n", "name"));
		if (value == null || value.isNull()) {
			errors.add(new FieldError("name", "is required"));
			return null;
		}
		String name;
		if (value.isString()) {
			name = value.stringValue();
		}
		else if (value.isIntegralNumber()) {
			name = value.asString();
		}
		else {
			errors.add(new FieldError("name", "must be a string"));
			return null;
		}
		if (name.isBlank()) {
			errors.add(new FieldError("name", "is required"));
		}
		else if (name.length() > MAX_NAME) {
			errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
		}
		return name;
	}

	private static String referrer(JsonNode body, List<FieldError> errors) {
		var value = CompatFields.text(body, alias(body, "r", "referrer"), "referrer", errors);
		return CompatFields.referrer(value);
	}

	private static boolean hashMode(JsonNode body) {
		var h = body.get(alias(body, "h", "hashMode"));
		return h != null && (h.isNumber() && h.asInt() == 1 || h.isBoolean() && h.booleanValue()
				|| h.isString() && "1".equals(h.stringValue()));
	}

	/** Plausible's rules: list and map values and blank keys or values are dropped; the first 30 are kept. */
	private Map<String, Object> props(JsonNode body, List<FieldError> errors) {
		var field = body.has("p") ? "p" : body.has("props") ? "props" : body.has("m") ? "m" : "meta";
		var node = body.get(field);
		if (node == null || node.isNull()) {
			return Map.of();
		}
		if (node.isString()) {
			if (node.stringValue().isBlank()) {
				return Map.of();
			}
			try {
				node = json.readTree(node.stringValue());
			}
			catch (JacksonException e) {
				errors.add(new FieldError("props", "must be an object or a JSON-encoded object"));
				return Map.of();
			}
		}
		if (!node.isObject()) {
			errors.add(new FieldError("props", "must be an object or a JSON-encoded object"));
			return Map.of();
		}
		var props = new LinkedHashMap<String, Object>();
		for (var entry : node.properties()) {
			var value = entry.getValue();
			if (props.size() == MAX_PROPS) {
				break;
			}
			if (entry.getKey().isBlank() || value.isNull() || value.isContainer()
					|| value.isString() && value.stringValue().isBlank()) {
				continue;
			}
			props.put(entry.getKey(), value.isString() ? value.stringValue() : value.asString());
		}
		return props;
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

	private static List<String> domains(JsonNode body, String url, List<FieldError> errors) {
		var value = CompatFields.text(body, alias(body, "d", "domain"), "domain", errors);
		if (value == null) {
			var host = url == null ? null : host(url);
			if (host == null) {
				if (url != null) {
					errors.add(new FieldError("domain", "is required when the url has no host"));
				}
				return List.of();
			}
			value = host;
		}
		var domains = new ArrayList<String>();
		for (var part : value.split(",")) {
			var d = part.strip().toLowerCase(Locale.ROOT);
			if (d.startsWith("www.")) {
				d = d.substring(4);
			}
			if (!d.isEmpty() && !domains.contains(d)) {
				domains.add(d);
			}
		}
		if (domains.isEmpty()) {
			errors.add(new FieldError("domain", "must not be empty"));
		}
		else if (domains.size() > MAX_DOMAINS) {
			errors.add(new FieldError("domain", "at most " + MAX_DOMAINS + " comma-separated domains"));
		}
		return domains;
	}

	/** The tracker's built-in goals become Custodian's outbound and download actions; other names custom ones. */
	private static IncomingHit.Action action(String name, Map<String, Object> props) {
		var target = props.get("url") instanceof String s ? s : null;
		if ("Outbound Link: Click".equals(name) && target != null) {
			return new IncomingHit.Action("Outbound Link", "outbound", target, null);
		}
		if ("File Download".equals(name) && target != null) {
			return new IncomingHit.Action("File Download", "download", target, null);
		}
		return new IncomingHit.Action(name, "custom", null, props);
	}

	private static String alias(JsonNode body, String shortKey, String longKey) {
		return body.has(shortKey) ? shortKey : longKey;
	}

	private static String host(String url) {
		try {
			return URI.create(url).getHost();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
