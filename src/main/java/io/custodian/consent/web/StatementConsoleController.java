package io.custodian.consent.web;

import java.util.List;
import java.util.UUID;

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

/** The console's privacy statement versions of a site: the list, publishing a version and a version's diff. */
@Controller
@PreAuthorize(ConsoleAuthorities.VIEW)
class StatementConsoleController {

	private final SiteTabs tabs;

	private final ConsentDesk desk;

	private final ConsentAdministration administration;

	StatementConsoleController(SiteTabs tabs, ConsentDesk desk, ConsentAdministration administration) {
		this.tabs = tabs;
		this.desk = desk;
		this.administration = administration;
	}

	@GetMapping("/consent/sites/{id}/statements")
	String statements(@PathVariable UUID id, Model model, HttpServletResponse response) {
		if (!tabs.open(id, "statements", model, response)) {
			return SiteTabs.MISSING;
		}
		model.addAttribute("config", desk.config(id));
		model.addAttribute("statements", published(id));
		if (!model.containsAttribute("statement")) {
			model.addAttribute("statement", new StatementForm("", List.of()));
		}
		return "consent/statements";
	}

	@PostMapping("/consent/sites/{id}/statements")
	@PreAuthorize(ConsoleAuthorities.MANAGE)
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
			model.addAttribute("formErrors", FormProblems.byField(e));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("formProblem", FormProblems.detail(e));
		}
		return statements(id, model, response);
	}

	@GetMapping("/consent/sites/{id}/statements/{version}")
	String diff(@PathVariable UUID id, @PathVariable int version, Model model, HttpServletResponse response) {
		if (!tabs.open(id, "statements", model, response)) {
			return SiteTabs.MISSING;
		}
		model.addAttribute("version", version);
		model.addAttribute("statement",
				published(id).stream().filter(s -> s.version() == version).findFirst().orElse(null));
		try {
			var diff = administration.diff(id, version);
			model.addAttribute("diff", diff);
			model.addAttribute("lines", diff.lines().map(DiffLine::of).toList());
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			model.addAttribute("problem", FormProblems.detail(e));
		}
		return "consent/diff";
	}

	private List<Statement> published(UUID site) {
		return administration.statements(site).stream().map(Statement::of).toList();
	}
}
