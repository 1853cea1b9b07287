package io.custodian.customer.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.customer.CustomerSummary;
import io.custodian.customer.CustomerVault;
import io.custodian.customer.CustomerView;
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
 * One customer in the console, seen through a purpose, with its edit form and the customer's confirmation of their
 * data. Every failure of the vault is shown inline on the page, never as an error page.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_customers:read')")
class CustomerDetailController {

	private final CustomerVault vault;

	CustomerDetailController(CustomerVault vault) {
		this.vault = vault;
	}

	@GetMapping("/customers/{id}")
	String customer(@PathVariable UUID id, @RequestParam(required = false) String purpose, Model model,
			HttpServletResponse response) {
		var chosen = ConsolePurpose.chosen(purpose);
		CustomerSummary summary;
		try {
			summary = vault.summary(id);
		}
		catch (ErrorResponseException e) {
			model.addAttribute("problem", Problem.of(e));
			model.addAttribute("id", id);
			response.setStatus(e.getStatusCode().value());
			return "customers/missing";
		}
		var view = read(id, chosen, model);
		model.addAttribute("customer", summary);
		model.addAttribute("purpose", chosen);
		model.addAttribute("view", view);
		model.addAttribute("rows", FieldRow.rows(summary, view));
		model.addAttribute("editable", EditableField.all(summary, view));
		return "customers/detail";
	}

	@PostMapping("/customers/{id}")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	String update(@PathVariable UUID id, @RequestParam(defaultValue = ConsolePurpose.DEFAULT) String purpose,
			@RequestParam Map<String, String> params, @RequestParam(name = "remove", required = false) List<String> remove,
			RedirectAttributes redirect) {
		var edit = StaffEdit.of(params, remove);
		redirect.addAttribute("purpose", purpose);
		if (edit.isEmpty()) {
			redirect.addFlashAttribute("notice", "Nothing to save: no field was changed.");
			return "redirect:/customers/" + id;
		}
		try {
			vault.update(id, edit.patch());
			redirect.addFlashAttribute("notice", "Saved: " + String.join(", ", edit.changed()) + ".");
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("editErrors", FormErrors.of(e));
			redirect.addFlashAttribute("alert", "Nothing was saved: " + e.getBody().getDetail());
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "Nothing was saved: " + Problem.of(e).detail());
		}
		return "redirect:/customers/" + id;
	}

	@PostMapping("/customers/{id}/confirmation")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = ConsolePurpose.DEFAULT) String purpose,
			RedirectAttributes redirect) {
		try {
			var summary = vault.confirm(id, List.of());
			redirect.addFlashAttribute("notice", "Recorded that the customer confirmed their data ("
					+ summary.fields().size() + " fields).");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", Problem.of(e).detail());
		}
		redirect.addAttribute("purpose", purpose);
		return "redirect:/customers/" + id;
	}

	/** What the purpose may see, or null with the refusal in the model. */
	private CustomerView read(UUID id, String purpose, Model model) {
		try {
			return vault.read(id, purpose);
		}
		catch (ErrorResponseException e) {
			model.addAttribute("readProblem", Problem.of(e));
			return null;
		}
	}
}
