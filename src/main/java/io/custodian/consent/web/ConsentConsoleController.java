package io.custodian.consent.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.consent.internal.ConsentAdministration;
import io.custodian.consent.internal.ConsentDesk;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entry of the consent console, the site choice, and a site's banner settings with a live preview. The form posts,
 * redirects and shows a flash message; refusals are shown inline.
 */
@Controller
@PreAuthorize(ConsoleAuthorities.VIEW)
class ConsentConsoleController {

	private final Sites sites;

	private final SiteTabs tabs;

	private final ConsentDesk desk;

	private final ConsentAdministration administration;

	ConsentConsoleController(Sites sites, SiteTabs tabs, ConsentDesk desk, ConsentAdministration administration) {
		this.sites = sites;
		this.tabs = tabs;
		this.desk = desk;
		this.administration = administration;
	}

	@GetMapping("/consent")
	String index(@RequestParam(required = false) UUID site, Model model) {
		if (site != null) {
			return "redirect:/consent/sites/" + site;
		}
		model.addAttribute("sites", sites.all());
		return "consent/index";
	}

	@GetMapping("/consent/sites/{id}")
	String banner(@PathVariable UUID id, Model model, HttpServletResponse response) {
		if (!tabs.open(id, "banner", model, response)) {
			return SiteTabs.MISSING;
		}
		var config = desk.config(id);
		model.addAttribute("config", config);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", BannerForm.of(config));
		}
		return "consent/banner";
	}

	@PostMapping("/consent/sites/{id}/settings")
	@PreAuthorize(ConsoleAuthorities.MANAGE)
	String saveSettings(@PathVariable UUID id, @RequestParam(required = false) List<String> categories,
			@RequestParam(required = false) String privacyUrl,
			@RequestParam(required = false) List<String> gpcCategories, @RequestParam(defaultValue = "ignore") String dnt,
			@RequestParam(required = false) String googleConsentMode, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!tabs.open(id, "banner", model, response)) {
			return SiteTabs.MISSING;
		}
		var config = desk.config(id);
		var form = BannerForm.posted(categories, privacyUrl, gpcCategories, dnt, googleConsentMode != null, params);
		try {
			var saved = administration.update(id, form.settings(config));
			redirect.addFlashAttribute("notice", saved.bannerVersion() != config.bannerVersion()
					? "Banner settings saved. The categories changed, so visitors are asked again (banner version "
							+ saved.bannerVersion() + ")."
					: "Banner settings saved.");
			return "redirect:/consent/sites/" + id;
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", FormProblems.byField(e));
			model.addAttribute("alert", "Nothing was saved. Please correct the marked fields.");
		}
		catch (ErrorResponseException e) {
			model.addAttribute("alert", "Nothing was saved: " + FormProblems.detail(e));
		}
		model.addAttribute("config", config);
		model.addAttribute("form", form);
		return "consent/banner";
	}
}
