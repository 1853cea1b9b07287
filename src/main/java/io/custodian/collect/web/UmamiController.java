package io.custodian.collect.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.collect.CollectSettings;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Umami's send endpoint: {@code {"type":"event","payload":{…}}} as application/json (the browser preflights it; the
 * CORS configuration answers). The answer carries an opaque cache token that the tracker sends back in
 * {@code x-umami-cache}; Custodian ignores it on input. See docs/compat.md §3.
 */
@RestController
@Tag(name = "Collection")
class UmamiController {

	private static final Set<String> TYPES = Set.of("event", "identify", "engagement", "performance");

	private static final Pattern UUID_TEXT = Pattern
		.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

	private static final Pattern HOSTNAME = Pattern.compile("^[A-Za-z0-9.-]{1,100}(:\\d{1,5})?$");

	private static final int MAX_NAME = 50;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final HitPipeline pipeline;

	private final ClientContexts clients;

	private final CollectSettings settings;

	private final Sites sites;

	private final JsonMapper json;

	UmamiController(HitPipeline pipeline, ClientContexts clients, CollectSettings settings, Sites sites,
			JsonMapper json) {
		this.pipeline = pipeline;
		this.clients = clients;
		this.settings = settings;
		this.sites = sites;
		this.json = json;
	}

	@PostMapping("/api/send")
	@Operation(summary = "Umami send API: {\"type\":\"event\",\"payload\":{\"website\",\"url\",\"hostname\",…}}")
	ResponseEntity<Map<String, Object>> send(HttpServletRequest request) throws IOException {
		var body = RequestBodies.json(json, RequestBodies.read(request, settings.maxBodyBytes()));
		if (!body.isObject()) {
			throw new InvalidInput("body", "must be a JSON object {\"type\":…,\"payload\":{…}}");
		}
		var errors = new ArrayList<FieldError>();
		var type = CompatFields.text(body, "type", "type", errors);
		if (errors.isEmpty() && (type == null || !TYPES.contains(type))) {
			errors.add(new FieldError("type", "must be event, identify, engagement or performance"));
		}
		var payload = body.get("payload");
		if (payload == null || !payload.isObject()) {
			errors.add(new FieldError("payload", "must be an object"));
			throw new InvalidInput(errors);
		}
		var website = CompatFields.text(payload, "website", "payload.website", errors);
		if (website == null) {
			if (errors.stream().noneMatch(e -> e.field().equals("payload.website"))) {
				errors.add(new FieldError("payload.website", "is required"));
			}
		}
		else if (!UUID_TEXT.matcher(website).matches()) {
			errors.add(new FieldError("payload.website", "must be a website id (UUID)"));
		}
		var hostname = CompatFields.text(payload, "hostname", "payload.hostname", errors);
		if (hostname != null && !hostname.isEmpty() && !HOSTNAME.matcher(hostname).matches()) {
			errors.add(new FieldError("payload.hostname", "must be a host name of up to 100 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if ("identify".equals(type) || "performance".equals(type)) {
			// session data and web vitals are not modelled: check the site, store nothing
			if (sites.find(UUID.fromString(website)).isEmpty()) {
				throw new InvalidInput("payload.website", "is not a registered site");
			}
			return answer();
		}
		var url = absolute(CompatFields.text(payload, "url", "payload.url", errors), hostname);
		var referrer = CompatFields.referrer(absolute(CompatFields.text(payload, "referrer", "payload.referrer", errors),
				hostname));
		var title = decode(CompatFields.text(payload, "title", "payload.title", errors));
		var screen = emptyToNull(CompatFields.text(payload, "screen", "payload.screen", errors));
		var language = emptyToNull(CompatFields.text(payload, "language", "payload.language", errors));
		var name = CompatFields.text(payload, "name", "payload.name", errors);
		var timestamp = CompatFields.integer(payload, "timestamp", "payload.timestamp", errors);
		if (timestamp != null && (timestamp < 0 || timestamp > 100_000_000_000L)) {
			errors.add(new FieldError("payload.timestamp", "must be a unix time in seconds"));
		}
		String hitType = IncomingHit.PAGEVIEW;
		IncomingHit.Action action = null;
		Integer engagedMs = null;
		if ("engagement".equals(type)) {
			hitType = IncomingHit.ENGAGEMENT;
			var engagement = CompatFields.integer(payload, "engagement", "payload.engagement", errors);
			if (engagement != null && (engagement < 0 || engagement > 86_400_000L)) {
				errors.add(new FieldError("payload.engagement", "must be between 0 and 86400000 ms"));
			}
			else if (engagement != null) {
				engagedMs = engagement.intValue();
			}
		}
		else if (name != null) {
			hitType = IncomingHit.ACTION;
			if (name.isBlank() || name.length() > MAX_NAME) {
				errors.add(new FieldError("payload.name", "must be 1 to " + MAX_NAME + " characters"));
			}
			else if ("=+-@\t\r".indexOf(name.charAt(0)) >= 0) {
				errors.add(new FieldError("payload.name", "must not start with = + - @ or a tab"));
			}
			action = new IncomingHit.Action(name, "custom", null, data(payload.get("data"), errors));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		var hit = new IncomingHit(SiteRef.byId(website), hitType, url, title, referrer, screen, language, null,
				timestamp == null ? null : Instant.ofEpochSecond(timestamp), null, null, null, engagedMs, action, null,
				null, null);
		var outcome = pipeline.collect(List.of(hit), clients.from(request));
		if (outcome.bots() > 0) {
			return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("beep", "boop"));
		}
		return answer();
	}

	private static ResponseEntity<Map<String, Object>> answer() {
		var token = new byte[24];
		RANDOM.nextBytes(token);
		var body = new LinkedHashMap<String, Object>();
		body.put("cache", Base64.getUrlEncoder().withoutPadding().encodeToString(token));
		body.put("sessionId", UUID.randomUUID().toString());
		body.put("visitId", UUID.randomUUID().toString());
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
			.body(body);
	}

	/** Event data: nested values are kept as their JSON text; the pipeline enforces count and length limits. */
	private static Map<String, Object> data(JsonNode node, List<FieldError> errors) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			errors.add(new FieldError("payload.data", "must be an object"));
			return null;
		}
		var props = new LinkedHashMap<String, Object>();
		for (var entry : node.properties()) {
			props.put(entry.getKey(), CompatFields.scalar(entry.getValue()));
		}
		return props;
	}

	/** Old trackers send the path only, and current ones strip the own origin from the referrer. */
	private static String absolute(String value, String hostname) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (value.startsWith("/") && !value.startsWith("//") && hostname != null && !hostname.isEmpty()) {
			return "https://" + hostname + value;
		}
		return value;
	}

	/** Umami's server URL-decodes the title; a title that is not valid encoding is kept as it is. */
	private static String decode(String title) {
		if (title == null || title.indexOf('%') < 0) {
			return emptyToNull(title);
		}
		try {
			return URLDecoder.decode(title.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return title;
		}
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}
