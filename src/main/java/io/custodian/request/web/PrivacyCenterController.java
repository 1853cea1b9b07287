package io.custodian.request.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.custodian.collect.Sites;
import io.custodian.customer.CustomerField;
import io.custodian.request.NewRequest;
import io.custodian.request.RequestDesk;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestSummary;
import io.custodian.request.RequestType;
import io.custodian.request.internal.RequestQueries;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public privacy center: the rights in plain words and the request form, the code page with the request's public
 * status, and a readable summary of an access download. Served in the public, stateless chain without sessions or
 * CSRF tokens, so every form carries what it needs in its URL, and no page shows personal data except what the
 * requester typed into the same request. English and German, by {@code ?lang=} or {@code Accept-Language}.
 */
@Controller
class PrivacyCenterController {

	/** The details a requester can correct, add or delete through the form. */
	static final List<String> FIELDS = List.of("name", "phone", "company", "postalAddress", "country", "preferredLanguage");

	static final List<String> LANGUAGES = List.of("en", "de");

	/** The public chain's policy blocks everything; these pages need their own stylesheet and to post their forms. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	private static final Map<String, Map<String, String>> TEXTS = loadTexts();

	private static final Pattern ATTEMPTS_LEFT = Pattern.compile("(\\d+) attempts? left");

	private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY_DE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN)
		.withZone(ZoneOffset.UTC);

	private final RequestDesk desk;

	private final RequestQueries queries;

	private final RequestSettings settings;

	private final Sites sites;

	PrivacyCenterController(RequestDesk desk, RequestQueries queries, RequestSettings settings, Sites sites) {
		this.desk = desk;
		this.queries = queries;
		this.settings = settings;
		this.sites = sites;
	}

	@GetMapping("/privacy")
	ModelAndView center(@RequestParam(required = false) String site, @RequestParam(required = false) String lang,
			HttpServletRequest request, HttpServletResponse response) {
		var page = page("privacy/index", site, lang, request, response);
		page.addObject("form", RequestForm.empty());
		return form(page);
	}

	@PostMapping("/privacy/requests")
	ModelAndView submit(@RequestParam(required = false) String site, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String email, @RequestParam(required = false) String type,
			@RequestParam(required = false) String message,
			@RequestParam(name = "fields", required = false) List<String> fields, @RequestParam Map<String, String> params,
			HttpServletRequest request, HttpServletResponse response) {
		var page = page("privacy/index", site, lang, request, response);
		var t = texts(page);
		var changes = new LinkedHashMap<String, String>();
		for (var field : FIELDS) {
			var value = params.get("change." + field);
			if (value != null && !value.isBlank()) {
				changes.put(field, value.strip());
			}
		}
		var deletions = fields == null ? List.<String>of()
				: fields.stream().filter(FIELDS::contains).distinct().toList();
		var chosen = type == null || type.isBlank() ? null : type;
		var form = new RequestForm(email == null ? "" : email, type == null ? null : type.strip(), message == null ? "" : message,
				changes, deletions);
		var errors = new LinkedHashMap<String, String>();
		var checkedEmail = CustomerField.EMAIL.validate(form.email());
		if (!checkedEmail.isValid()) {
			errors.put("email", t.get("error.email"));
		}
		if (chosen != null && RequestType.fromId(chosen).isEmpty() || chosen == null && form.message().isBlank()) {
			errors.put("type", t.get("error.type"));
		}
		if (form.message().length() > 10_000) {
			errors.put("message", t.get("error.message"));
		}
		var changing = "correction".equals(chosen) || "addition".equals(chosen);
		if (changing) {
			if (changes.isEmpty()) {
				errors.put("changes", t.get("error.changes"));
			}
			changes.forEach((field, value) -> CustomerField.fromKey(field).map(f -> f.validate(value))
				.filter(v -> !v.isValid())
				.ifPresent(v -> errors.put("change." + field, t.get("error.invalid").replace("{reason}", v.reason()))));
		}
		if ("deletion".equals(chosen) && deletions.isEmpty()) {
			errors.put("fields", t.get("error.fields"));
		}
		if (errors.isEmpty()) {
			try {
				var submitted = desk.submit(new NewRequest((UUID) page.getModel().get("siteId"), chosen, form.email(),
						form.message().isBlank() ? null : form.message(), changing ? changes : Map.of(),
						"deletion".equals(chosen) ? deletions : List.of(), List.of(), (String) page.getModel().get("lang"),
						"web"));
				return seeOther("/privacy/requests/" + submitted.id() + page.getModel().get("query"));
			}
			catch (InvalidInput e) {
				e.errors().forEach(error -> errors.merge(error.field(), switch (error.field()) {
					case "email" -> t.get("error.email");
					case "type" -> t.get("error.type");
					case "message" -> t.get("error.message");
					case "site" -> t.get("error.site");
					default -> t.get("error.invalid").replace("{reason}", error.reason());
				}, (a, b) -> a));
			}
			catch (ErrorResponseException e) {
				errors.put("request", t.get("error.other").replace("{reason}", String.valueOf(e.getBody().getDetail())));
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		page.addObject("form", form);
		page.addObject("errors", errors);
		return form(page);
	}

	@GetMapping("/privacy/requests/{id}")
	ModelAndView request(@PathVariable String id, @RequestParam(required = false) String site,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String resent,
			@RequestParam(required = false) String confirmed, HttpServletRequest request, HttpServletResponse response) {
		var page = page("privacy/request", site, lang, request, response);
		var summary = find(id, page, response);
		if (summary == null) {
			return page;
		}
		page.addObject("resent", resent != null);
		page.addObject("confirmed", confirmed != null);
		return status(page, summary, response);
	}

	@PostMapping("/privacy/requests/{id}/verification")
	ModelAndView verify(@PathVariable String id, @RequestParam(required = false) String site,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response) {
		var page = page("privacy/request", site, lang, request, response);
		var summary = find(id, page, response);
		if (summary == null) {
			return page;
		}
		var t = texts(page);
		var entered = code == null ? "" : code.replaceAll("\\s", "");
		try {
			desk.verify(summary.id(), entered);
			return seeOther("/privacy/requests/" + summary.id() + page.getModel().get("query") + "&confirmed=1");
		}
		catch (InvalidInput e) {
			var reason = e.errors().isEmpty() ? "" : e.errors().getFirst().reason();
			var left = ATTEMPTS_LEFT.matcher(reason);
			page.addObject("codeError", left.find() ? "1".equals(left.group(1)) ? t.get("code.wrong.one")
					: t.get("code.wrong").replace("{left}", left.group(1))
					: reason.contains("expired or used") ? t.get("code.expired") : t.get("code.format"));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			if (e.getStatusCode().value() != HttpStatus.LOCKED.value()) {
				page.addObject("codeError", t.get("error.other").replace("{reason}", String.valueOf(e.getBody().getDetail())));
			}
		}
		var status = status(page, desk.status(summary.id()), response);
		if (response.getStatus() == HttpStatus.OK.value()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return status;
	}

	@PostMapping("/privacy/requests/{id}/code")
	ModelAndView resend(@PathVariable String id, @RequestParam(required = false) String site,
			@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response) {
		var page = page("privacy/request", site, lang, request, response);
		var summary = find(id, page, response);
		if (summary == null) {
			return page;
		}
		desk.resendCode(summary.id());
		return seeOther("/privacy/requests/" + summary.id() + page.getModel().get("query") + "&resent=1");
	}

	@GetMapping("/privacy/downloads/{token}/summary")
	ModelAndView downloadSummary(@PathVariable String token, @RequestParam(required = false) String lang,
			HttpServletRequest request, HttpServletResponse response) {
		var page = page("privacy/download", null, lang, request, response);
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		var result = queries.download(token).orElse(null);
		if (result == null || !(result.get("export") instanceof Map<?, ?> export)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			page.addObject("stores", null);
			return page;
		}
		page.addObject("token", token);
		page.addObject("stores", DownloadSummary.stores(export));
		return page;
	}

	private ModelAndView form(ModelAndView page) {
		var t = texts(page);
		page.addObject("types", java.util.Arrays.stream(RequestType.values())
			.map(type -> new Option(type.id(), t.get("type." + type.id() + ".title"), t.get("type." + type.id() + ".desc")))
			.toList());
		page.addObject("fields", FIELDS.stream().map(f -> new Option(f, t.get("field." + f), t.get("field." + f + ".hint"))).toList());
		if (!page.getModel().containsKey("errors")) {
			page.addObject("errors", Map.of());
		}
		return page;
	}

	private ModelAndView status(ModelAndView page, RequestSummary summary, HttpServletResponse response) {
		var t = texts(page);
		var german = "de".equals(page.getModel().get("lang"));
		var locked = summary.failedAttempts() >= settings.maxAttempts();
		if (locked && "verifying".equals(summary.state())) {
			response.setStatus(HttpStatus.LOCKED.value());
		}
		page.addObject("request", new PublicStatus(summary.id(), summary.reference(), summary.type(),
				t.get("type." + summary.type() + ".title"), summary.state(), t.get("state." + summary.state()),
				day(summary.receivedAt(), german), day(summary.dueAt(), german),
				summary.closedAt() == null ? null : day(summary.closedAt(), german), summary.extensionReason(),
				"verifying".equals(summary.state()) && !locked, locked && "verifying".equals(summary.state())));
		page.addObject("sentText", t.get("request.sent").replace("{minutes}",
				String.valueOf(settings.codeValidity().toMinutes())));
		return page;
	}

	private RequestSummary find(String id, ModelAndView page, HttpServletResponse response) {
		try {
			return desk.status(UUID.fromString(id));
		}
		catch (IllegalArgumentException | ErrorResponseException e) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			page.addObject("missing", true);
			return null;
		}
	}

	/** A public page: its language and texts, the site it belongs to, and the query that keeps both on its links. */
	private ModelAndView page(String view, String site, String lang, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		var language = language(lang, request);
		var page = new ModelAndView(view);
		var siteId = siteId(site);
		var found = siteId == null ? null : sites.find(siteId).orElse(null);
		var t = TEXTS.get(language);
		page.addObject("lang", language);
		page.addObject("t", t);
		page.addObject("siteId", found == null ? null : found.id());
		page.addObject("siteName", found == null ? null : found.name());
		page.addObject("centerTitle", found == null ? t.get("center.title") : t.get("center.of").replace("{site}", found.name()));
		var query = "?lang=" + language + (found == null ? "" : "&site=" + found.id());
		page.addObject("query", query);
		var other = "de".equals(language) ? "en" : "de";
		page.addObject("switchQuery", "?lang=" + other + (found == null ? "" : "&site=" + found.id()));
		return page;
	}

	static String language(String lang, HttpServletRequest request) {
		if (lang != null) {
			var chosen = lang.toLowerCase(Locale.ROOT);
			for (var language : LANGUAGES) {
				if (chosen.startsWith(language)) {
					return language;
				}
			}
		}
		if (request.getHeader("Accept-Language") != null) {
			for (var locale : Collections.list(request.getLocales())) {
				if (LANGUAGES.contains(locale.getLanguage())) {
					return locale.getLanguage();
				}
			}
		}
		return "en";
	}

	private static UUID siteId(String site) {
		if (site == null || site.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(site.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String day(java.time.Instant instant, boolean german) {
		return instant == null ? null : (german ? DAY_DE : DAY_EN).format(instant);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> texts(ModelAndView page) {
		return (Map<String, String>) page.getModel().get("t");
	}

	private static ModelAndView seeOther(String url) {
		var view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	/** English as the base, each other language over it, so a missing translation shows in English. */
	static Map<String, Map<String, String>> loadTexts() {
		var english = load("messages/privacy.properties");
		var texts = new HashMap<String, Map<String, String>>();
		texts.put("en", Collections.unmodifiableMap(english));
		var german = new HashMap<>(english);
		german.putAll(load("messages/privacy_de.properties"));
		texts.put("de", Collections.unmodifiableMap(german));
		return Map.copyOf(texts);
	}

	private static Map<String, String> load(String path) {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + path, e);
		}
		var map = new HashMap<String, String>();
		properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
		return map;
	}

	/** One choice of a radio list or checkbox group. */
	record Option(String value, String label, String description) {
	}

	/** The request form as typed, shown again when something needs fixing. */
	record RequestForm(String email, String type, String message, Map<String, String> changes, List<String> fields) {

		static RequestForm empty() {
			return new RequestForm("", null, "", Map.of(), List.of());
		}

		public boolean unsure() {
			return type != null && type.isEmpty();
		}

		public String change(String field) {
			return changes.getOrDefault(field, "");
		}

		public boolean deletes(String field) {
			return fields.contains(field);
		}
	}

	/** What the code page shows about a request: nothing personal, only its shape and clock. */
	record PublicStatus(UUID id, String reference, String type, String typeLabel, String state, String stateLabel,
			String received, String due, String closed, String extensionReason, boolean awaitingCode, boolean locked) {

		public boolean open() {
			return !List.of("completed", "rejected", "expired").contains(state);
		}
	}

	/** The export of an access request turned into readable sections: key-value lists and tables. */
	static final class DownloadSummary {

		/** An ISO-8601 UTC instant, shown to the minute. */
		private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?Z");

		private DownloadSummary() {
		}

		static List<Store> stores(Map<?, ?> export) {
			var stores = new ArrayList<Store>();
			export.forEach((name, value) -> {
				var entry = value instanceof Map<?, ?> m ? m : Map.of();
				var description = entry.get("description") instanceof Map<?, ?> d ? d : Map.of();
				var data = entry.get("data") instanceof Map<?, ?> d ? d : Map.of();
				var sections = new ArrayList<Section>();
				var values = new ArrayList<Pair>();
				data.forEach((key, item) -> {
					var label = humanize(String.valueOf(key));
					if (item instanceof Collection<?> list && !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map)) {
						sections.add(table(label, null, list.stream().<Map<?, ?>>map(i -> (Map<?, ?>) i).toList()));
					}
					else if (item instanceof Map<?, ?> map && !map.isEmpty() && map.values().stream().allMatch(i -> i instanceof Map)) {
						sections.add(table(label, "", map.entrySet().stream().<Map<?, ?>>map(e -> {
							var row = new LinkedHashMap<Object, Object>();
							row.put("", humanize(String.valueOf(e.getKey())));
							row.putAll((Map<?, ?>) e.getValue());
							return row;
						}).toList()));
					}
					else if (item instanceof Map<?, ?> map && !map.isEmpty()) {
						sections.add(new Section(label, List.of(), List.of(), map.entrySet().stream()
							.map(e -> new Pair(humanize(String.valueOf(e.getKey())), text(e.getValue()))).toList()));
					}
					else {
						values.add(new Pair(label, text(item)));
					}
				});
				if (!values.isEmpty()) {
					sections.addFirst(new Section(null, List.of(), List.of(), values));
				}
				stores.add(new Store(String.valueOf(name), humanize(String.valueOf(name)), text(description.get("description")),
						text(description.get("purposes")), text(description.get("retention")), sections));
			});
			return stores;
		}

		private static Section table(String title, String firstColumn, List<Map<?, ?>> rows) {
			var keys = new LinkedHashSet<Object>();
			rows.forEach(row -> keys.addAll(row.keySet()));
			var columns = keys.stream().map(k -> firstColumn != null && k.equals("") ? firstColumn : humanize(String.valueOf(k)))
				.toList();
			var cells = rows.stream().map(row -> keys.stream().map(k -> text(row.get(k))).toList()).toList();
			return new Section(title, columns, cells, List.of());
		}

		static String text(Object value) {
			if (value == null) {
				return "—";
			}
			if (value instanceof Collection<?> list) {
				return list.isEmpty() ? "—" : list.stream().map(DownloadSummary::text).collect(Collectors.joining(", "));
			}
			if (value instanceof Map<?, ?> map) {
				return map.isEmpty() ? "—" : map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
					.collect(Collectors.joining("; "));
			}
			var text = String.valueOf(value);
			var time = TIMESTAMP.matcher(text);
			return time.matches() ? time.group(1) + " " + time.group(2) + " UTC" : text;
		}

		/** {@code consentedPurposes} becomes "Consented purposes". */
		static String humanize(String key) {
			if (key.isEmpty()) {
				return key;
			}
			var words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}
	}

	/** One personal-data store of an export. */
	record Store(String name, String title, String description, String purposes, String retention, List<Section> sections) {

		public boolean empty() {
			return sections.isEmpty();
		}
	}

	/** A part of a store's data: key-value pairs, or a table with columns and rows. */
	record Section(String title, List<String> columns, List<List<String>> rows, List<Pair> pairs) {

		public boolean isTable() {
			return !columns.isEmpty();
		}
	}

	/** One labelled value. */
	record Pair(String label, String value) {
	}
}
