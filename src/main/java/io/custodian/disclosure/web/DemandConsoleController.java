package io.custodian.disclosure.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.custodian.disclosure.Recipients;
import io.custodian.disclosure.internal.DemandDecision;
import io.custodian.disclosure.internal.LegalDemands;
import io.custodian.disclosure.internal.NoticeDeferral;
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

/** Legal demands in the console: the register (overdue flagged), a new demand, and one demand's steps. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
class DemandConsoleController {

	private final LegalDemands demands;

	private final Recipients recipients;

	DemandConsoleController(LegalDemands demands, Recipients recipients) {
		this.demands = demands;
		this.recipients = recipients;
	}

	@GetMapping("/demands")
	String list(Model model) {
		model.addAttribute("demands", demands.all());
		model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
		return "disclosure/demands";
	}

	@GetMapping("/demands/new")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DemandForm.empty());
		}
		model.addAttribute("authorities", recipients.all().stream().filter(r -> r.kind().equals("authority")).toList());
		return "disclosure/demand-new";
	}

	@PostMapping("/demands")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	String receive(@ModelAttribute("form") DemandForm form, Model model, RedirectAttributes redirect) {
		try {
			var demand = demands.receive(form.toInput());
			redirect.addFlashAttribute("notice", "Demand " + demand.reference() + " registered.");
			return "redirect:/demands/" + demand.id();
		}
		catch (InvalidInput e) {
			model.addAttribute("formErrors", e.errors());
		}
		catch (ErrorResponseException e) {
			model.addAttribute("formProblem", e.getBody().getDetail());
		}
		return form(model);
	}

	@GetMapping("/demands/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("demand", demands.get(id));
		model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
		return "disclosure/demand";
	}

	@PostMapping("/demands/{id}/decision")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	String decide(@PathVariable UUID id, @RequestParam String decision, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String customers, @RequestParam(defaultValue = "") String fields,
			RedirectAttributes redirect) {
		return step(id, redirect, "Decision recorded.", () -> demands.decide(id, new DemandDecision(decision, reason,
				DemandForm.ids(customers, "customers"), DemandForm.words(fields))));
	}

	@PostMapping("/demands/{id}/notice-deferral")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	String defer(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String until, RedirectAttributes redirect) {
		return step(id, redirect, "Notice deferred.",
				() -> demands.deferNotice(id, new NoticeDeferral(reason, DemandForm.date(until, "until"))));
	}

	@PostMapping("/demands/{id}/package")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	Object pack(@PathVariable UUID id, @RequestParam(defaultValue = "json") String format, Model model) {
		try {
			var result = demands.pack(id, format);
			if ("csv".equals(format)) {
				return DisclosureCsv.of(result).body(DisclosureCsv.body(result));
			}
			model.addAttribute("result", result);
		}
		catch (ErrorResponseException e) {
			model.addAttribute("alert", e.getBody().getDetail());
		}
		return detail(id, model);
	}

	private String step(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/demands/" + id;
	}
}
