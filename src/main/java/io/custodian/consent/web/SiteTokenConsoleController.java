package io.custodian.consent.web;

import java.util.UUID;

import io.custodian.consent.internal.ConsentAdministration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The console page of a site's token for its back end: how to use it, and issuing a new one once. */
@Controller
@PreAuthorize(ConsoleAuthorities.VIEW)
class SiteTokenConsoleController {

	private final SiteTabs tabs;

	private final ConsentAdministration administration;

	SiteTokenConsoleController(SiteTabs tabs, ConsentAdministration administration) {
		this.tabs = tabs;
		this.administration = administration;
	}

	@GetMapping("/consent/sites/{id}/token")
	@PreAuthorize(ConsoleAuthorities.MANAGE)
	String token(@PathVariable UUID id, Model model, HttpServletResponse response) {
		if (!tabs.open(id, "token", model, response)) {
			return SiteTabs.MISSING;
		}
		model.addAttribute("origin", origin());
		return "consent/token";
	}

	@PostMapping("/consent/sites/{id}/token")
	@PreAuthorize(ConsoleAuthorities.MANAGE)
	String issueToken(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("issuedToken", administration.issueSiteToken(id));
			redirect.addFlashAttribute("notice", "New site token issued; the previous one no longer works.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "No token issued: " + FormProblems.detail(e));
		}
		return "redirect:/consent/sites/" + id + "/token";
	}

	static String origin() {
		var origin = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
	}
}
