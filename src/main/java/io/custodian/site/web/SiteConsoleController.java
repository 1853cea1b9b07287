package io.custodian.site.web;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.site.CookieMode;
import io.custodian.site.Site;
import io.custodian.site.Sites;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The console pages of the site registry: the list of sites with the register form, and one site with its edit form
 * and the snippets to install (Custodian tracker, consent banner, and the Matomo, Plausible and Umami compatible
 * endpoints). Refusals of the registry are shown inline.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_analytics:read') or hasAuthority('SCOPE_sites:manage')")
class SiteConsoleController {

	static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || z.equals("UTC"))
		.filter(z -> !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

	private final Sites sites;

	private final ResourceUrlProvider scripts;

	SiteConsoleController(Sites sites, ResourceUrlProvider scripts) {
		this.sites = sites;
		this.scripts = scripts;
	}

	@ModelAttribute("cookieModes")
	List<String> cookieModes() {
		return Arrays.stream(CookieMode.values()).map(CookieMode::id).toList();
	}

	@ModelAttribute("zones")
	List<String> zones() {
		return ZONES;
	}

	@GetMapping("/sites")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SiteForm.empty());
		}
		model.addAttribute("sites", sites.all());
		return "sites/list";
	}

	@PostMapping("/sites")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	String register(@ModelAttribute("form") SiteForm form, Model model, RedirectAttributes redirect) {
		try {
			var site = sites.register(form.toNewSite());
			redirect.addFlashAttribute("notice", "Site \u201c" + site.name() + "\u201d registered with tracking id "
					+ site.trackingId() + ". Install the snippets below.");
			return "redirect:/sites/" + site.id();
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", errors(e));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("formProblem", detail(e));
		}
		model.addAttribute("formOpen", true);
		return list(model);
	}

	@GetMapping("/sites/{id}")
	String site(@PathVariable UUID id, Model model, HttpServletResponse response) {
		var site = sites.find(id).orElse(null);
		if (site == null) {
			return missing(id, model, response);
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SiteForm.of(site));
		}
		return detail(site, model);
	}

	@PostMapping("/sites/{id}")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	String update(@PathVariable UUID id, @ModelAttribute("form") SiteForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var current = sites.find(id).orElse(null);
		if (current == null) {
			return missing(id, model, response);
		}
		var changes = form.changesTo(current);
		if (changes == null) {
			redirect.addFlashAttribute("notice", "Nothing to save: no field was changed.");
			return "redirect:/sites/" + id;
		}
		try {
			var updated = sites.update(id, changes);
			redirect.addFlashAttribute("notice", "Site \u201c" + updated.name() + "\u201d saved.");
			return "redirect:/sites/" + id;
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", errors(e));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("formProblem", detail(e));
		}
		return detail(current, model);
	}

	private String detail(Site site, Model model) {
		model.addAttribute("site", site);
		model.addAttribute("snippets", SiteSnippets.of(site, origin(), scripts));
		return "sites/detail";
	}

	private static String missing(UUID id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("id", id);
		return "sites/missing";
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
}
