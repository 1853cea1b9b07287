package io.custodian.consent.web;

import java.util.UUID;

import io.custodian.consent.CookieDeclaration;
import io.custodian.consent.internal.ConsentAdministration;
import io.custodian.consent.internal.ConsentDesk;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's cookie declaration of a site: the declared cookies, adding one and removing one. */
@Controller
@PreAuthorize(ConsoleAuthorities.VIEW)
class CookieConsoleController {

	private final SiteTabs tabs;

	private final ConsentDesk desk;

	private final ConsentAdministration administration;

	CookieConsoleController(SiteTabs tabs, ConsentDesk desk, ConsentAdministration administration) {
		this.tabs = tabs;
		this.desk = desk;
		this.administration = administration;
	}

	@GetMapping("/consent/sites/{id}/cookies")
	String cookies(@PathVariable UUID id, Model model, HttpServletResponse response) {
		if (!tabs.open(id, "cookies", model, response)) {
			return SiteTabs.MISSING;
		}
		model.addAttribute("cookies", desk.config(id).cookies());
		if (!model.containsAttribute("cookie")) {
			model.addAttribute("cookie", CookieForm.empty());
		}
		return "consent/cookies";
	}

	@PostMapping("/consent/sites/{id}/cookies")
	@PreAuthorize(ConsoleAuthorities.MANAGE)
	String declare(@PathVariable UUID id, @ModelAttribute("cookie") CookieForm cookie, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			var declared = administration.declare(id, new CookieDeclaration(null, cookie.name(), cookie.provider(),
					cookie.party(), cookie.duration(), cookie.category(), cookie.purpose(), false));
			redirect.addFlashAttribute("notice", "Declared \u201c" + declared.name() + "\u201d.");
			return "redirect:/consent/sites/" + id + "/cookies";
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", FormProblems.byField(e));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("formProblem", FormProblems.detail(e));
		}
		model.addAttribute("formOpen", true);
		return cookies(id, model, response);
	}

	@PostMapping("/consent/sites/{id}/cookies/{cookie}/delete")
	@PreAuthorize(ConsoleAuthorities.MANAGE)
	String undeclare(@PathVariable UUID id, @PathVariable UUID cookie, RedirectAttributes redirect) {
		try {
			administration.undeclare(id, cookie);
			redirect.addFlashAttribute("notice", "Cookie removed from the declaration.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "Not removed: " + FormProblems.detail(e));
		}
		return "redirect:/consent/sites/" + id + "/cookies";
	}
}
