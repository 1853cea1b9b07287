package io.custodian.disclosure.web;

import java.util.UUID;

import io.custodian.disclosure.Disclosures;
import io.custodian.disclosure.RecipientCredentials;
import io.custodian.disclosure.Recipients;
import io.custodian.disclosure.internal.SavedSelections;
import io.custodian.purpose.Purposes;
import io.custodian.system.InvalidInput;
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

/** The recipients in the console: the register, one recipient with its instructions and log, and changes to both. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
class RecipientConsoleController {

	static final int LOG = 200;

	private final Recipients recipients;

	private final Disclosures disclosures;

	private final Purposes purposes;

	private final SavedSelections selections;

	private final RecipientCredentials credentials;

	RecipientConsoleController(Recipients recipients, Disclosures disclosures, Purposes purposes,
			SavedSelections selections, RecipientCredentials credentials) {
		this.selections = selections;
		this.recipients = recipients;
		this.credentials = credentials;
		this.disclosures = disclosures;
		this.purposes = purposes;
	}

	@GetMapping("/recipients")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RecipientForm.empty());
		}
		model.addAttribute("recipients", recipients.all());
		model.addAttribute("purposes", purposes.all());
		return "disclosure/recipients";
	}

	@PostMapping("/recipients")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	String create(@ModelAttribute("form") RecipientForm form, Model model, RedirectAttributes redirect) {
		try {
			var created = recipients.create(form.toInput());
			redirect.addFlashAttribute("notice", "Recipient " + created.name() + " registered.");
			return "redirect:/recipients/" + created.id();
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", e.errors());
			model.addAttribute("formOpen", true);
		}
		return list(model);
	}

	@GetMapping("/recipients/{id}")
	String detail(@PathVariable UUID id, Model model) {
		var recipient = recipients.get(id);
		model.addAttribute("recipient", recipient);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RecipientForm.of(recipient));
		}
		model.addAttribute("instructions", recipients.instructions(id));
		model.addAttribute("log", disclosures.ofRecipient(id, LOG));
		model.addAttribute("credentials", credentials.of(id));
		model.addAttribute("bases", io.custodian.disclosure.LegalBasis.values());
		model.addAttribute("selections", selections.all());
		return "disclosure/recipient";
	}

	@PostMapping("/recipients/{id}")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	String update(@PathVariable UUID id, @ModelAttribute("form") RecipientForm form, Model model,
			RedirectAttributes redirect) {
		try {
			recipients.update(id, form.toInput());
			redirect.addFlashAttribute("notice", "Recipient saved.");
			return "redirect:/recipients/" + id;
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", e.errors());
			model.addAttribute("formOpen", true);
		}
		return detail(id, model);
	}

	@PostMapping("/recipients/{id}/instructions")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	String instruct(@PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect) {
		try {
			var instruction = recipients.instruct(id, text);
			redirect.addFlashAttribute("notice", "Instructions version " + instruction.version() + " added.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/recipients/" + id;
	}
}
