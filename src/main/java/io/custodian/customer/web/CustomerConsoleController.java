package io.custodian.customer.web;

import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.FieldSource;
import io.custodian.system.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer list of the console: search by email through a purpose, the latest customers and a new customer.
 * Every failure of the vault is shown inline on the page, never as an error page.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_customers:read')")
class CustomerConsoleController {

	static final int LATEST = 50;

	private final CustomerVault vault;

	CustomerConsoleController(CustomerVault vault) {
		this.vault = vault;
	}

	@GetMapping("/customers")
	String customers(@RequestParam(required = false) String email, @RequestParam(required = false) String purpose,
			Model model) {
		var chosen = ConsolePurpose.chosen(purpose);
		model.addAttribute("email", email == null ? "" : email);
		model.addAttribute("purpose", chosen);
		if (email != null && !email.isBlank()) {
			search(email.strip(), chosen, model);
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CustomerForm.empty());
		}
		return list(model);
	}

	@PostMapping("/customers")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	String register(@ModelAttribute("form") CustomerForm form, Model model, RedirectAttributes redirect) {
		try {
			var id = vault.register(form.toNewCustomer());
			redirect.addFlashAttribute("notice", "Customer created.");
			redirect.addAttribute("purpose", form.firstPurpose());
			return "redirect:/customers/" + id;
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", FormErrors.of(e));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("formProblem", Problem.of(e));
		}
		model.addAttribute("email", "");
		model.addAttribute("purpose", ConsolePurpose.DEFAULT);
		model.addAttribute("formOpen", true);
		return list(model);
	}

	private void search(String email, String purpose, Model model) {
		try {
			var found = vault.readByEmail(email, purpose);
			model.addAttribute("found", found);
			model.addAttribute("foundRows", FieldRow.rows(new CustomerSummary(found.id(), found.status(), null, null,
					found.fields(), found.consentedPurposes()), found));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("searchProblem", Problem.of(e));
		}
	}

	private String list(Model model) {
		model.addAttribute("latest", vault.latest(LATEST));
		model.addAttribute("sources", FieldSource.values());
		return "customers/list";
	}
}
