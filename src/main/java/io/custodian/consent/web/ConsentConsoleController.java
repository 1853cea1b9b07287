package io.custodian.consent.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import io.custodian.collect.Site;
import io.custodian.collect.Sites;
import io.custodian.consent.BannerConfig;
import io.custodian.consent.BannerSettings;
import io.custodian.consent.ConsentCategory;
import io.custodian.consent.CookieDeclaration;
import io.custodian.consent.internal.ConsentAdministration;
import io.custodian.consent.internal.ConsentDesk;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console pages of the consent manager, per site: banner settings with a live preview, the cookie declaration,
 * privacy statement versions and their diffs, opt-in statistics, the site token for the site's back end, and the
 * lookup of consent receipts with the state of the record chain. Forms post, redirect and show a flash message;
 * refusals are shown inline.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_sites:manage') or hasAuthority('SCOPE_analytics:read')")
class ConsentConsoleController {

	/** The banner texts staff edit here; the other keys keep their built-in or API-set values. */
	static final List<String> TEXT_KEYS = List.of("title", "body", "acceptAll", "rejectAll", "settings", "save");

	static final List<String> LANGUAGES = List.of("en", "de");

	static final int STATISTICS_DAYS = 30;

	private static final String MANAGE = "hasAuthority('SCOPE_sites:manage')";

	private final Sites sites;

	private final ConsentDesk desk;

	private final ConsentAdministration administration;

	private final JsonMapper json;

	ConsentConsoleController(Sites sites, ConsentDesk desk, ConsentAdministration administration, JsonMapper json) {
		this.sites = sites;
		this.desk = desk;
		this.administration = administration;
		this.json = json;
	}

	@ModelAttribute("allCategories")
	List<String> allCategories() {
		return ConsentCategory.ids();
	}

	@ModelAttribute("textKeys")
	List<String> textKeys() {
		return TEXT_KEYS;
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return LANGUAGES;
	}

	@GetMapping("/consent")
	String index(@RequestParam(required = false) UUID site, Model model) {
		if (site != null) {
			return "redirect:/consent/sites/" + site;
		}
		model.addAttribute("sites", sites.all());
		return "consent/index";
	}

	// ------------------------------------------------------------------------------------------ banner settings

	@GetMapping("/consent/sites/{id}")
	String banner(@PathVariable UUID id, Model model, HttpServletResponse response) {
		var site = site(id, model, response, "banner");
		if (site == null) {
			return "sites/missing";
		}
		var config = desk.config(id);
		model.addAttribute("config", config);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", BannerForm.of(config));
		}
		return "consent/banner";
	}

	@PostMapping("/consent/sites/{id}/settings")
	@PreAuthorize(MANAGE)
	String saveSettings(@PathVariable UUID id, @RequestParam(required = false) List<String> categories,
			@RequestParam(required = false) String privacyUrl,
			@RequestParam(required = false) List<String> gpcCategories, @RequestParam(defaultValue = "ignore") String dnt,
			@RequestParam(required = false) String googleConsentMode, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var site = site(id, model, response, "banner");
		if (site == null) {
			return "sites/missing";
		}
		var config = desk.config(id);
		var chosen = new ArrayList<String>();
		chosen.add("necessary");
		if (categories != null) {
			categories.stream().filter(c -> !chosen.contains(c)).forEach(chosen::add);
		}
		var form = new BannerForm(chosen, privacyUrl == null ? "" : privacyUrl.strip(),
				gpcCategories == null ? List.of() : List.copyOf(gpcCategories), dnt, googleConsentMode != null,
				BannerForm.texts(params));
		try {
			var saved = administration.update(id, new BannerSettings(form.categories(), form.privacyUrl(),
					form.textsFor(config), form.gpcCategories(), form.dnt(), form.googleConsentMode()));
			redirect.addFlashAttribute("notice", saved.bannerVersion() != config.bannerVersion()
					? "Banner settings saved. The categories changed, so visitors are asked again (banner version "
							+ saved.bannerVersion() + ")."
					: "Banner settings saved.");
			return "redirect:/consent/sites/" + id;
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", errors(e));
			model.addAttribute("alert", "Nothing was saved. Please correct the marked fields.");
		}
		catch (ErrorResponseException e) {
			model.addAttribute("alert", "Nothing was saved: " + detail(e));
		}
		model.addAttribute("config", config);
		model.addAttribute("form", form);
		return "consent/banner";
	}

	// ------------------------------------------------------------------------------------- cookie declaration

	@GetMapping("/consent/sites/{id}/cookies")
	String cookies(@PathVariable UUID id, Model model, HttpServletResponse response) {
		var site = site(id, model, response, "cookies");
		if (site == null) {
			return "sites/missing";
		}
		model.addAttribute("cookies", desk.config(id).cookies());
		if (!model.containsAttribute("cookie")) {
			model.addAttribute("cookie", CookieForm.empty());
		}
		return "consent/cookies";
	}

	@PostMapping("/consent/sites/{id}/cookies")
	@PreAuthorize(MANAGE)
	String declare(@PathVariable UUID id, @ModelAttribute("cookie") CookieForm cookie, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			var declared = administration.declare(id, new CookieDeclaration(null, cookie.name(), cookie.provider(),
					cookie.party(), cookie.duration(), cookie.category(), cookie.purpose(), false));
			redirect.addFlashAttribute("notice", "Declared \u201c" + declared.name() + "\u201d.");
			return "redirect:/consent/sites/" + id + "/cookies";
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", errors(e));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("formProblem", detail(e));
		}
		model.addAttribute("formOpen", true);
		return cookies(id, model, response);
	}

	@PostMapping("/consent/sites/{id}/cookies/{cookie}/delete")
	@PreAuthorize(MANAGE)
	String undeclare(@PathVariable UUID id, @PathVariable UUID cookie, RedirectAttributes redirect) {
		try {
			administration.undeclare(id, cookie);
			redirect.addFlashAttribute("notice", "Cookie removed from the declaration.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "Not removed: " + detail(e));
		}
		return "redirect:/consent/sites/" + id + "/cookies";
	}

	// ------------------------------------------------------------------------------------ privacy statements

	@GetMapping("/consent/sites/{id}/statements")
	String statements(@PathVariable UUID id, Model model, HttpServletResponse response) {
		var site = site(id, model, response, "statements");
		if (site == null) {
			return "sites/missing";
		}
		model.addAttribute("config", desk.config(id));
		model.addAttribute("statements", administration.statements(id).stream().map(Statement::of).toList());
		if (!model.containsAttribute("statement")) {
			model.addAttribute("statement", new StatementForm("", List.of()));
		}
		return "consent/statements";
	}

	@PostMapping("/consent/sites/{id}/statements")
	@PreAuthorize(MANAGE)
	@SuppressWarnings("unchecked")
	String publish(@PathVariable UUID id, @ModelAttribute("statement") StatementForm statement, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			var body = statement.body() == null ? null : statement.body().replace("\r\n", "\n");
			var published = administration.publishStatement(id, body,
					statement.categories() == null ? List.of() : statement.categories());
			var version = published.get("version");
			redirect.addFlashAttribute("notice", Boolean.TRUE.equals(published.get("asksAgain"))
					? "Version " + version + " published. It touches "
							+ String.join(", ", (List<String>) published.get("categories"))
							+ ", so visitors are asked again."
					: "Version " + version + " published. Existing consents stay valid.");
			return "redirect:/consent/sites/" + id + "/statements";
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", errors(e));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("formProblem", detail(e));
		}
		return statements(id, model, response);
	}

	@GetMapping("/consent/sites/{id}/statements/{version}")
	String diff(@PathVariable UUID id, @PathVariable int version, Model model, HttpServletResponse response) {
		var site = site(id, model, response, "statements");
		if (site == null) {
			return "sites/missing";
		}
		model.addAttribute("version", version);
		model.addAttribute("statement", administration.statements(id).stream().map(Statement::of)
			.filter(s -> s.version() == version).findFirst().orElse(null));
		try {
			var diff = administration.diff(id, version);
			model.addAttribute("diff", diff);
			model.addAttribute("lines", diff.lines().map(DiffLine::of).toList());
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			model.addAttribute("problem", detail(e));
		}
		return "consent/diff";
	}

	// ------------------------------------------------------------------------------------------- statistics

	@GetMapping("/consent/sites/{id}/statistics")
	@PreAuthorize("hasAuthority('SCOPE_analytics:read')")
	String statistics(@PathVariable UUID id, Model model, HttpServletResponse response) {
		var site = site(id, model, response, "statistics");
		if (site == null) {
			return "sites/missing";
		}
		var to = LocalDate.now(ZoneOffset.UTC);
		var from = to.minusDays(STATISTICS_DAYS - 1);
		var categories = desk.config(id).categories().stream().map(BannerConfig.Category::id)
			.filter(c -> !c.equals("necessary")).toList();
		var byDay = new TreeMap<String, Map<String, Object>>();
		administration.statistics(id, from, to).forEach(row -> byDay.put(String.valueOf(row.get("day")), row));
		var labels = new ArrayList<String>();
		var series = new LinkedHashMap<String, List<Double>>();
		categories.forEach(c -> series.put(c, new ArrayList<>()));
		var rows = new ArrayList<StatisticsRow>();
		long decisions = 0;
		for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
			labels.add(day.toString());
			var row = byDay.get(day.toString());
			@SuppressWarnings("unchecked")
			var rates = row == null ? Map.<String, Object>of() : (Map<String, Object>) row.get("optInRate");
			for (var c : categories) {
				var rate = rates.get(c) instanceof Number n ? Math.round(n.doubleValue() * 1000) / 10.0 : null;
				series.get(c).add(rate);
			}
			if (row != null) {
				var count = ((Number) row.get("decisions")).longValue();
				decisions += count;
				var percentages = new LinkedHashMap<String, Double>();
				categories.forEach(c -> percentages.put(c, rates.get(c) instanceof Number n
						? Math.round(n.doubleValue() * 1000) / 10.0 : null));
				rows.add(new StatisticsRow(day.toString(), count, percentages));
			}
		}
		var chart = new LinkedHashMap<String, Object>();
		chart.put("labels", labels);
		chart.put("series", series);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("categories", categories);
		model.addAttribute("rows", rows.reversed());
		model.addAttribute("decisions", decisions);
		model.addAttribute("chart", json.writeValueAsString(chart));
		return "consent/statistics";
	}

	// ------------------------------------------------------------------------------------------- site token

	@GetMapping("/consent/sites/{id}/token")
	@PreAuthorize(MANAGE)
	String token(@PathVariable UUID id, Model model, HttpServletResponse response) {
		var site = site(id, model, response, "token");
		if (site == null) {
			return "sites/missing";
		}
		model.addAttribute("origin", origin());
		return "consent/token";
	}

	@PostMapping("/consent/sites/{id}/token")
	@PreAuthorize(MANAGE)
	String issueToken(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("issuedToken", administration.issueSiteToken(id));
			redirect.addFlashAttribute("notice", "New site token issued; the previous one no longer works.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "No token issued: " + detail(e));
		}
		return "redirect:/consent/sites/" + id + "/token";
	}

	// --------------------------------------------------------------------------------------------- receipts

	@GetMapping("/consent/sites/{id}/receipts")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage') or hasAuthority('SCOPE_audit:read')")
	String receipts(@PathVariable UUID id, @RequestParam(required = false) String consentId, Model model,
			HttpServletResponse response) {
		var site = site(id, model, response, "receipts");
		if (site == null) {
			return "sites/missing";
		}
		var wanted = consentId == null ? "" : consentId.strip();
		model.addAttribute("consentId", wanted);
		model.addAttribute("chain", desk.verify());
		if (!wanted.isEmpty()) {
			try {
				var receipts = desk.receipts(wanted);
				model.addAttribute("receipts", receipts);
				model.addAttribute("otherSite", receipts.stream().anyMatch(r -> !r.record().site().equals(id)));
			}
			catch (ErrorResponseException e) {
				model.addAttribute("lookupProblem", e.getStatusCode().value() == 404
						? "No consent with this id was recorded." : detail(e));
			}
		}
		return "consent/receipts";
	}

	// ---------------------------------------------------------------------------------------------- helpers

	private Site site(UUID id, Model model, HttpServletResponse response, String tab) {
		var site = sites.find(id).orElse(null);
		if (site == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("id", id);
			return null;
		}
		model.addAttribute("site", site);
		model.addAttribute("sites", sites.all());
		model.addAttribute("tab", tab);
		return site;
	}

	static String origin() {
		var origin = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
	}

	private static Map<String, String> errors(InvalidInput e) {
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach(error -> errors.merge(error.field(), error.reason(), (a, b) -> a + "; " + b));
		return errors;
	}

	private static String detail(ErrorResponseException e) {
		var detail = e.getBody().getDetail();
		return detail != null ? detail : e.getMessage();
	}

	/** The banner settings form: what is posted, or what is stored when the page opens. */
	record BannerForm(List<String> categories, String privacyUrl, List<String> gpcCategories, String dnt,
			boolean googleConsentMode, Map<String, Map<String, String>> texts) {

		static BannerForm of(BannerConfig config) {
			var texts = new LinkedHashMap<String, Map<String, String>>();
			for (var language : LANGUAGES) {
				var current = config.texts().getOrDefault(language, Map.of());
				var values = new LinkedHashMap<String, String>();
				TEXT_KEYS.forEach(key -> values.put(key, current.getOrDefault(key, "")));
				texts.put(language, values);
			}
			return new BannerForm(config.categories().stream().map(BannerConfig.Category::id).toList(),
					config.privacyUrl() == null ? "" : config.privacyUrl(), config.gpcCategories(), config.dnt(),
					config.googleConsentMode(), texts);
		}

		static Map<String, Map<String, String>> texts(Map<String, String> params) {
			var texts = new LinkedHashMap<String, Map<String, String>>();
			for (var language : LANGUAGES) {
				var values = new LinkedHashMap<String, String>();
				for (var key : TEXT_KEYS) {
					var value = params.get("text." + language + "." + key);
					values.put(key, value == null ? "" : value.replace("\r\n", "\n").strip());
				}
				texts.put(language, values);
			}
			return texts;
		}

		public boolean has(String category) {
			return categories.contains(category);
		}

		public boolean gpc(String category) {
			return gpcCategories.contains(category);
		}

		public String text(String language, String key) {
			return texts.getOrDefault(language, Map.of()).getOrDefault(key, "");
		}

		/**
		 * The texts to store, or null to keep the stored ones when no edited text differs from what the banner shows
		 * now. The store replaces all texts at once, so the other keys and languages are carried over; an emptied
		 * field falls back to the built-in text.
		 */
		Map<String, Map<String, String>> textsFor(BannerConfig config) {
			var changed = false;
			for (var language : LANGUAGES) {
				var current = config.texts().getOrDefault(language, Map.of());
				for (var key : TEXT_KEYS) {
					if (!Objects.equals(text(language, key), current.getOrDefault(key, "").strip())) {
						changed = true;
					}
				}
			}
			if (!changed) {
				return null;
			}
			var result = new LinkedHashMap<String, Map<String, String>>();
			config.texts().forEach((language, values) -> result.put(language, new LinkedHashMap<>(values)));
			for (var language : LANGUAGES) {
				var values = result.computeIfAbsent(language, l -> new LinkedHashMap<>());
				for (var key : TEXT_KEYS) {
					var value = text(language, key);
					if (value.isEmpty()) {
						values.remove(key);
					}
					else {
						values.put(key, value);
					}
				}
			}
			return result;
		}
	}

	/** The add-cookie form as posted. */
	record CookieForm(String name, String provider, String party, String duration, String category, String purpose) {

		static CookieForm empty() {
			return new CookieForm("", "", "first", "", "analytics", "");
		}
	}

	/** The publish form as posted. */
	record StatementForm(String body, List<String> categories) {

		public boolean touches(String category) {
			return categories != null && categories.contains(category);
		}
	}

	/** One published version of the privacy statement. */
	record Statement(int version, List<String> categories, boolean asksAgain, Instant publishedAt) {

		static Statement of(Map<String, Object> row) {
			var columns = new TreeMap<String, Object>(String.CASE_INSENSITIVE_ORDER);
			columns.putAll(row);
			var categories = Objects.toString(columns.get("categories"), "");
			return new Statement(((Number) columns.get("version")).intValue(),
					categories.isEmpty() ? List.of() : Arrays.asList(categories.split(",")),
					Boolean.TRUE.equals(columns.get("asks_again")), instant(columns.get("published_at")));
		}

		private static Instant instant(Object value) {
			return switch (value) {
				case OffsetDateTime odt -> odt.toInstant();
				case Timestamp ts -> ts.toInstant();
				case Instant i -> i;
				case java.time.LocalDateTime ldt -> ldt.toInstant(ZoneOffset.UTC);
				case null, default -> null;
			};
		}
	}

	/** One line of a unified diff with its kind for colouring: add, del, hunk, file or context. */
	record DiffLine(String kind, String text) {

		static DiffLine of(String line) {
			var kind = line.startsWith("+++") || line.startsWith("---") ? "file"
					: line.startsWith("@@") ? "hunk" : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "ctx";
			return new DiffLine(kind, line);
		}
	}

	/** One day of the statistics table: decisions and opt-in percentage per category. */
	record StatisticsRow(String day, long decisions, Map<String, Double> rates) {
	}
}
