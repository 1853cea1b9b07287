package io.custodian.collect.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.custodian.collect.CollectSettings;
import io.custodian.collect.Sites;
import io.custodian.collect.internal.ClientContext;
import io.custodian.collect.internal.HitPipeline;
import io.custodian.collect.internal.IncomingHit;
import io.custodian.collect.internal.IncomingHit.SiteRef;
import io.custodian.collect.internal.enrich.IpLiterals;
import io.custodian.system.InvalidInput;
import io.custodian.system.InvalidInput.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matomo's tracking endpoint ({@code /matomo.php}, legacy {@code /piwik.php}): GET image requests, POST with the
 * parameters in the form body and/or the query (the query wins), and bulk JSON {@code {"requests":[…]}} recognised by
 * its content whatever the content type. See docs/compat.md §1.
 */
@RestController
@Tag(name = "Collection")
class MatomoController {

	static final byte[] GIF = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAAAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

	private static final Pattern HEX16 = Pattern.compile("^[0-9a-fA-F]{16}$");

	private static final Pattern POSITIVE_INT = Pattern.compile("^[1-9]\\d{0,9}$");

	private static final DateTimeFormatter CDT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	private static final String INFO = "<!DOCTYPE html><html><head><title>Custodian</title></head><body>"
			+ "<p>This resource is Custodian's Matomo-compatible tracking endpoint. "
			+ "Point Matomo's JavaScript tracker or tracking API clients here.</p></body></html>";

	private final HitPipeline pipeline;

	private final ClientContexts clients;

	private final CollectSettings settings;

	private final Sites sites;

	private final JsonMapper json;

	private final RecentPageviews pageviews = new RecentPageviews(100_000, Duration.ofHours(24));

	MatomoController(HitPipeline pipeline, ClientContexts clients, CollectSettings settings, Sites sites,
			JsonMapper json) {
		this.pipeline = pipeline;
		this.clients = clients;
		this.settings = settings;
		this.sites = sites;
		this.json = json;
	}

	@RequestMapping(path = { "/matomo.php", "/piwik.php" }, method = { RequestMethod.GET, RequestMethod.POST })
	@Operation(summary = "Matomo tracking API: GET or POST (form body and/or query), or bulk JSON {\"requests\":[…]}")
	ResponseEntity<?> track(HttpServletRequest request) throws IOException {
		var query = MatomoParameters.parse(request.getQueryString(), "query");
		byte[] body = "POST".equals(request.getMethod()) ? RequestBodies.read(request, settings.maxBodyBytes())
				: new byte[0];
		if (isBulk(body)) {
			return bulk(RequestBodies.json(json, body), request);
		}
		var form = MatomoParameters.parse(new String(body, StandardCharsets.UTF_8).strip(), "body");
		if (body.length == 0 && "POST".equals(request.getMethod())) {
			form = containerParameters(request);
		}
		var params = query.orElse(form);
		if (params.isEmpty()) {
			return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore()).body(INFO);
		}
		var errors = new ArrayList<FieldError>();
		var parsed = parse(params, null, "", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		if (parsed.hit() != null) {
			pipeline.collect(List.of(parsed.hit()), clients.from(request));
			remember(parsed);
		}
		return success(request, "0".equals(params.get("send_image")));
	}

	private ResponseEntity<?> bulk(JsonNode body, HttpServletRequest request) {
		if (!body.isObject() || !body.path("requests").isArray()) {
			throw new InvalidInput("requests", "must be an array of tracking requests");
		}
		var requests = body.get("requests");
		if (requests.isEmpty() || requests.size() > settings.maxBatchHits()) {
			throw new InvalidInput("requests", "must hold 1 to " + settings.maxBatchHits() + " requests");
		}
		var token = body.get("token_auth");
		if (token != null && !token.isNull() && !token.isString()) {
			throw new InvalidInput("token_auth", "must be a string");
		}
		var bulkToken = token == null || token.isNull() ? null : token.stringValue();
		var sendImage = body.get("send_image");
		boolean noImage = sendImage != null && ("0".equals(sendImage.asString()) || sendImage.isBoolean() && !sendImage.booleanValue());

		var invalid = new ArrayList<Integer>();
		var errors = new ArrayList<FieldError>();
		var hits = new ArrayList<IncomingHit>();
		var hitIndices = new ArrayList<Integer>();
		var parsedHits = new ArrayList<Parsed>();
		int acknowledged = 0;
		for (int i = 0; i < requests.size(); i++) {
			var prefix = "requests[" + i + "]";
			var itemErrors = new ArrayList<FieldError>();
			try {
				var params = item(requests.get(i), prefix);
				var parsed = parse(params, bulkToken, prefix + ".", itemErrors);
				if (itemErrors.isEmpty()) {
					if (parsed.hit() == null) {
						acknowledged++;
					}
					else {
						hits.add(parsed.hit());
						hitIndices.add(i);
						parsedHits.add(parsed);
					}
				}
			}
			catch (InvalidInput e) {
				itemErrors.addAll(e.errors());
			}
			if (!itemErrors.isEmpty()) {
				invalid.add(i);
				errors.addAll(itemErrors);
			}
		}
		var partial = CompatFields.collectValid(pipeline, hits, clients.from(request));
		for (var refused : partial.refused()) {
			invalid.add(hitIndices.get(refused));
		}
		for (var error : partial.errors()) {
			errors.add(new FieldError(bulkField(error.field(), hitIndices, hits.size()), error.reason()));
		}
		for (int i = 0; i < parsedHits.size(); i++) {
			if (!partial.refused().contains(i)) {
				remember(parsedHits.get(i));
			}
		}
		invalid.sort(null);
		int tracked = acknowledged + hits.size() - partial.refused().size();
		var answer = new LinkedHashMap<String, Object>();
		answer.put("status", tracked == 0 ? "error" : "success");
		answer.put("tracked", tracked);
		answer.put("invalid", invalid.size());
		boolean authenticated = isValidToken(bulkToken);
		if (authenticated) {
			answer.put("invalid_indices", invalid);
		}
		if (tracked == 0) {
			answer.put("errors", errors);
			return ResponseEntity.badRequest().cacheControl(CacheControl.noStore()).headers(h -> credentials(request, h))
				.contentType(MediaType.APPLICATION_JSON).body(answer);
		}
		if (noImage) {
			return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).headers(h -> credentials(request, h))
				.build();
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).headers(h -> credentials(request, h))
			.contentType(MediaType.APPLICATION_JSON).body(answer);
	}

	private static String bulkField(String field, List<Integer> hitIndices, int hitCount) {
		if (field != null && field.startsWith("hits[")) {
			int end = field.indexOf(']');
			try {
				int index = Integer.parseInt(field.substring(5, end));
				return "requests[" + hitIndices.get(index) + "]" + field.substring(end + 1);
			}
			catch (RuntimeException e) {
				return field;
			}
		}
		return hitCount == 1 ? "requests[" + hitIndices.get(0) + "]." + field : field;
	}

	private static MatomoParameters item(JsonNode item, String prefix) {
		if (item.isString()) {
			var text = item.stringValue();
			int q = text.indexOf('?');
			var query = q < 0 ? text : text.substring(q + 1);
			int hash = query.indexOf('#');
			return MatomoParameters.parse(hash < 0 ? query : query.substring(0, hash), prefix);
		}
		if (item.isObject()) {
			return MatomoParameters.fromJson(item, prefix);
		}
		throw new InvalidInput(prefix, "must be a query string \"?idsite=…\" or an object of parameters");
	}

	/**
	 * Turns one request's parameters into a hit, or into none when Matomo would record nothing Custodian models
	 * ({@code rec} not 1, goal, content or {@code ca=1}-only requests); problems go to {@code errors}.
	 */
	private Parsed parse(MatomoParameters p, String bulkToken, String prefix, List<FieldError> errors) {
		if (!p.isFlag("rec")) {
			return Parsed.NONE;
		}
		var idsite = p.get("idsite");
		Integer trackingId = null;
		if (idsite == null) {
			errors.add(new FieldError(prefix + "idsite", "is required"));
		}
		else if (!POSITIVE_INT.matcher(idsite.strip()).matches() || Long.parseLong(idsite.strip()) > Integer.MAX_VALUE) {
			errors.add(new FieldError(prefix + "idsite", "must be a positive whole number"));
		}
		else {
			trackingId = Integer.valueOf(idsite.strip());
		}
		var visitor = visitorId(p, prefix, errors);
		var authenticated = isValidToken(p.get("token_auth") != null ? p.get("token_auth") : bulkToken);
		String ip = null;
		String userAgent = null;
		Instant at = null;
		if (authenticated) {
			if (p.has("cip")) {
				var address = IpLiterals.parse(p.get("cip"));
				if (address.isEmpty()) {
					errors.add(new FieldError(prefix + "cip", "must be an IPv4 or IPv6 address"));
				}
				else {
					ip = address.get().getHostAddress();
				}
			}
			if (p.has("ua")) {
				userAgent = p.get("ua").length() > 1024 ? p.get("ua").substring(0, 1024) : p.get("ua");
			}
			if (p.has("cdt")) {
				at = dateTime(p.get("cdt"));
				if (at == null) {
					errors.add(new FieldError(prefix + "cdt", "must be a unix timestamp or UTC \"YYYY-MM-DD HH:MM:SS\""));
				}
			}
		}
		String type = IncomingHit.PAGEVIEW;
		IncomingHit.Action action = null;
		Integer engagedMs = null;
		var pvId = p.get("pv_id");
		if (p.isFlag("ping")) {
			type = IncomingHit.ENGAGEMENT;
			engagedMs = trackingId == null || pvId == null ? null : pageviews.engagedMs(trackingId + ":" + pvId,
					at != null ? at : Instant.now());
		}
		else if (p.has("e_c") || p.has("e_a")) {
			type = IncomingHit.ACTION;
			action = event(p, prefix, errors);
		}
		else if (p.has("link")) {
			type = IncomingHit.ACTION;
			action = new IncomingHit.Action("Outbound Link", "outbound", p.get("link"), null);
		}
		else if (p.has("download")) {
			type = IncomingHit.ACTION;
			action = new IncomingHit.Action("File Download", "download", p.get("download"), null);
		}
		else if (p.has("search")) {
			type = IncomingHit.ACTION;
			action = search(p, prefix, errors);
		}
		else if (p.has("c_n") || p.has("idgoal") || p.isFlag("ca")) {
			// content, goal or ecommerce tracking: not modelled; the site must still exist, as in Matomo
			if (trackingId != null && sites.findByTrackingId(trackingId).isEmpty()) {
				errors.add(new FieldError(prefix + "idsite", "is not a registered site"));
			}
			return Parsed.NONE;
		}
		if (trackingId == null) {
			return Parsed.NONE;
		}
		var hit = new IncomingHit(SiteRef.byTrackingId(trackingId), type, p.get("url"), p.get("action_name"),
				CompatFields.referrer(p.get("urlref")), p.get("res"), CompatFields.firstLanguage(p.get("lang")), pvId,
				at, visitor, null, p.get("consent"), engagedMs, action, null, userAgent, ip);
		return new Parsed(hit, IncomingHit.PAGEVIEW.equals(type) && pvId != null ? trackingId + ":" + pvId : null,
				at);
	}

	private static IncomingHit.Action event(MatomoParameters p, String prefix, List<FieldError> errors) {
		var category = p.get("e_c");
		var eventAction = p.get("e_a");
		if (category == null || eventAction == null) {
			errors.add(new FieldError(prefix + (category == null ? "e_c" : "e_a"),
					"is required: an event needs both e_c (category) and e_a (action)"));
			return null;
		}
		var props = new LinkedHashMap<String, Object>();
		props.put("category", category.strip());
		props.put("action", eventAction.strip());
		if (p.has("e_n")) {
			props.put("name", p.get("e_n"));
		}
		if (p.has("e_v")) {
			try {
				var value = Double.parseDouble(p.get("e_v").strip());
				if (!Double.isFinite(value)) {
					throw new NumberFormatException();
				}
				props.put("value", value);
			}
			catch (NumberFormatException e) {
				errors.add(new FieldError(prefix + "e_v", "must be a number"));
			}
		}
		return new IncomingHit.Action(category.strip() + "/" + eventAction.strip(), "event", null, props);
	}

	private static IncomingHit.Action search(MatomoParameters p, String prefix, List<FieldError> errors) {
		var keyword = p.get("search").strip();
		var props = new LinkedHashMap<String, Object>();
		props.put("keyword", keyword);
		if (p.has("search_cat")) {
			props.put("category", p.get("search_cat"));
		}
		if (p.has("search_count")) {
			try {
				var count = Integer.parseInt(p.get("search_count").strip());
				if (count < 0) {
					throw new NumberFormatException();
				}
				props.put("count", count);
			}
			catch (NumberFormatException e) {
				errors.add(new FieldError(prefix + "search_count", "must be a whole number of at least 0"));
			}
		}
		return new IncomingHit.Action(keyword, "search", null, props);
	}

	private static String visitorId(MatomoParameters p, String prefix, List<FieldError> errors) {
		var name = p.has("cid") ? "cid" : "_id";
		var value = p.get(name);
		if (value == null) {
			return null;
		}
		if (!HEX16.matcher(value).matches()) {
			errors.add(new FieldError(prefix + name, "must be 16 hexadecimal characters"));
			return null;
		}
		return value.toLowerCase(Locale.ROOT);
	}

	private static Instant dateTime(String value) {
		var v = value.strip();
		try {
			if (v.chars().allMatch(Character::isDigit) && v.length() <= 13) {
				var number = Long.parseLong(v);
				return number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
			}
			return LocalDateTime.parse(v, CDT).toInstant(ZoneOffset.UTC);
		}
		catch (NumberFormatException | DateTimeParseException e) {
			return null;
		}
	}

	private boolean isValidToken(String token) {
		var expected = settings.trackingToken();
		if (token == null || expected == null || expected.isBlank()) {
			return false;
		}
		return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
	}

	private void remember(Parsed parsed) {
		if (parsed.pageviewKey() != null) {
			pageviews.started(parsed.pageviewKey(), parsed.at() != null ? parsed.at() : Instant.now());
		}
	}

	/**
	 * Tomcat may already have read a form body into request parameters; the query is parsed separately, so this only
	 * fills in names that are not in the query.
	 */
	private static MatomoParameters containerParameters(HttpServletRequest request) {
		var encoded = new StringBuilder();
		for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
			for (var value : entry.getValue()) {
				if (!encoded.isEmpty()) {
					encoded.append('&');
				}
				encoded.append(java.net.URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
					.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		return MatomoParameters.parse(encoded.toString(), "body");
	}

	private static boolean isBulk(byte[] body) {
		if (body.length == 0) {
			return false;
		}
		var text = new String(body, StandardCharsets.UTF_8).strip();
		return text.startsWith("{") && text.contains("\"requests\"");
	}

	private static ResponseEntity<?> success(HttpServletRequest request, boolean noImage) {
		if (noImage) {
			return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).headers(h -> credentials(request, h))
				.build();
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).headers(h -> credentials(request, h))
			.contentType(MediaType.IMAGE_GIF).body(GIF);
	}

	/** The tracker's XHR uses {@code withCredentials}: without this the browser hides the answer and the JS retries. */
	private static void credentials(HttpServletRequest request, org.springframework.http.HttpHeaders headers) {
		if (request.getHeader("Origin") != null) {
			headers.set("Access-Control-Allow-Credentials", "true");
		}
	}

	/** A request turned into a hit (or none), with the key under which its pageview starts, if it is one. */
	private record Parsed(IncomingHit hit, String pageviewKey, Instant at) {

		static final Parsed NONE = new Parsed(null, null, null);
	}
}
