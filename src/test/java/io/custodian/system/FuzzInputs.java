package io.custodian.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds requests from a seeded random source: a body for each content type, derived from what a well-meaning client
 * sends the endpoint and then broken (a field replaced by a hostile value, truncated, emptied, nested, oversized),
 * odd query strings and headers.
 */
final class FuzzInputs {

	static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "text/plain;charset=UTF-8",
			"application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data (malformed)",
			"application/xml", "(none)", "garbage", "application/json;charset=no-such-charset",
			"application/x-www-form-urlencoded;charset=no-such-charset", "multipart/mixed; boundary=b");

	private static final String MARKER = "@@FUZZ@@";

	private static final List<String> HEADERS = List.of("User-Agent", "X-Forwarded-For", "Accept-Language", "Sec-CH-UA",
			"Sec-CH-UA-Platform-Version", "Origin", "Cookie", "Referer", "Authorization", "X-Umami-Cache", "Accept",
			"Content-Encoding", "Forwarded", "X-Real-IP");

	private final Random random;

	private final JsonMapper json = JsonMapper.builder().build();

	FuzzInputs(long seed) {
		this.random = new Random(seed);
	}

	/** A body of the given content type for the endpoint: returns the content type header (or null) and the body. */
	Body body(PublicEndpoint endpoint, String contentType) {
		var form = form(endpoint);
		return switch (contentType) {
			case "application/x-www-form-urlencoded", "application/x-www-form-urlencoded;charset=no-such-charset" ->
				new Body(contentType, random.nextInt(4) == 0 ? jsonText(endpoint) : encode(form));
			case "multipart/form-data" -> Multipart.wellFormed(form, random);
			case "multipart/form-data (malformed)" -> Multipart.malformed(form, jsonText(endpoint), random);
			case "multipart/mixed; boundary=b" -> new Body(contentType, Multipart.wellFormed(form, random).text());
			case "application/xml" -> new Body(contentType, random.nextBoolean() ? "<request><a>&xxe;</a>" : jsonText(endpoint));
			case "(none)" -> new Body(null, random.nextBoolean() ? jsonText(endpoint) : encode(form));
			default -> new Body(contentType, jsonText(endpoint));
		};
	}

	/** An odd query string to append, or an empty one. */
	String query() {
		return random.nextInt(3) == 0 ? FuzzValues.pick(random, FuzzValues.QUERIES) : "";
	}

	Map<String, String> headers() {
		var headers = new LinkedHashMap<String, String>();
		int count = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
		for (int i = 0; i < count; i++) {
			var name = FuzzValues.pick(random, HEADERS);
			var value = switch (name) {
				case "Accept" -> FuzzValues.pick(random, List.of("*/*", "application/xml", "text/html", "garbage/;;"));
				case "Content-Encoding" -> FuzzValues.pick(random, List.of("gzip", "br", "identity, gzip"));
				default -> FuzzValues.header(random);
			};
			headers.put(name, value);
		}
		return headers;
	}

	String pathValue(String valid) {
		return random.nextInt(4) == 0 ? FuzzValues.pick(random, FuzzValues.PATH_VALUES) : valid;
	}

	/** The JSON a client would send, often broken on purpose. */
	String jsonText(PublicEndpoint endpoint) {
		var template = endpoint.json() != null ? endpoint.json() : json.writeValueAsString(endpoint.form() == null ? Map.of() : endpoint.form());
		return switch (random.nextInt(12)) {
			case 0 -> template;
			case 1 -> FuzzValues.pick(random, List.of("", "null", "[]", "{}", "\"text\"", "123", "1e308", "NaN", "\ufeff{}"));
			case 2 -> template.substring(0, random.nextInt(Math.max(1, template.length())));
			case 3 -> FuzzValues.pick(random, FuzzValues.RAW_JSON);
			case 4 -> oversized(template);
			case 5 -> template.replace(":", ":[") .replace(",", "],").replaceFirst("}$", "]}");
			default -> mutated(template);
		};
	}

	private String mutated(String template) {
		var tree = json.readTree(template);
		var slots = new ArrayList<Slot>();
		slots(tree, slots);
		int changes = 1 + random.nextInt(2);
		for (int i = 0; i < changes && !slots.isEmpty(); i++) {
			var slot = slots.get(random.nextInt(slots.size()));
			slot.set(json.getNodeFactory().stringNode(MARKER));
			slots.remove(slot);
		}
		if (tree instanceof ObjectNode object && random.nextInt(4) == 0) {
			object.put("unknown" + random.nextInt(9), MARKER);
		}
		var text = json.writeValueAsString(tree);
		while (text.contains('"' + MARKER + '"')) {
			text = text.replaceFirst('"' + MARKER + '"', java.util.regex.Matcher.quoteReplacement(FuzzValues.pick(random, FuzzValues.RAW_JSON)));
		}
		return text;
	}

	private String oversized(String template) {
		int size = FuzzValues.pick(random, List.of(16 * 1024 + 1, 64 * 1024 + 1, 2 * 1024 * 1024 + 1));
		var padding = "p".repeat(Math.max(0, size - template.length()));
		return template.startsWith("{") ? "{\"padding\":\"" + padding + "\"," + template.substring(1) : template + padding;
	}

	/** The endpoint's form, or its JSON flattened into fields, with one field often broken. */
	private Map<String, String> form(PublicEndpoint endpoint) {
		var form = new LinkedHashMap<String, String>();
		if (endpoint.form() != null) {
			form.putAll(endpoint.form());
		}
		else if (endpoint.json() != null && json.readTree(endpoint.json()) instanceof ObjectNode object) {
			object.properties().forEach(e -> form.put(e.getKey(), e.getValue().isString() ? e.getValue().stringValue() : e.getValue().toString()));
		}
		if (!form.isEmpty() && random.nextInt(4) != 0) {
			var names = new ArrayList<>(form.keySet());
			var name = names.get(random.nextInt(names.size()));
			switch (random.nextInt(4)) {
				case 0 -> form.remove(name);
				case 1 -> form.put(name + "[]", FuzzValues.pick(random, FuzzValues.TEXT));
				default -> form.put(name, FuzzValues.pick(random, FuzzValues.TEXT));
			}
		}
		return form;
	}

	private String encode(Map<String, String> form) {
		var parts = new ArrayList<String>();
		form.forEach((name, value) -> parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ (random.nextInt(10) == 0 ? value : URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return String.join("&", parts);
	}

	static String queryOf(Map<String, String> form) {
		var parts = new ArrayList<String>();
		form.forEach((name, value) -> parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return String.join("&", parts);
	}

	Map<String, String> formFor(PublicEndpoint endpoint) {
		return form(endpoint);
	}

	private static void slots(JsonNode node, List<Slot> out) {
		if (node instanceof ObjectNode object) {
			for (var name : List.copyOf(object.propertyNames())) {
				out.add(new Slot(object, name, -1));
				slots(object.get(name), out);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				out.add(new Slot(array, null, i));
				slots(array.get(i), out);
			}
		}
	}

	/** A content type (null: no header) and the text sent with it. */
	record Body(String contentType, String text) {
	}

	/** A place in a JSON tree that can take another value. */
	private record Slot(JsonNode parent, String name, int index) {

		void set(JsonNode value) {
			if (parent instanceof ObjectNode object) {
				object.set(name, value);
			}
			else {
				((ArrayNode) parent).set(index, value);
			}
		}
	}
}
