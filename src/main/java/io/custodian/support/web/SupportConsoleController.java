package io.custodian.support.web;

import java.util.UUID;

import io.custodian.customer.CustomerVault;
import io.custodian.security.CurrentActor;
import io.custodian.support.CaseStatus;
import io.custodian.support.NewCase;
import io.custodian.support.internal.StaffReplies;
import io.custodian.support.internal.SupportDesk;
import io.custodian.system.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's support pages: the case list with a status filter, a new-case form, and each conversation. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_support:cases')")
class SupportConsoleController {

	private final SupportDesk desk;

	private final StaffReplies replies;

	private final CustomerVault vault;

	SupportConsoleController(SupportDesk desk, StaffReplies replies, CustomerVault vault) {
		this.desk = desk;
		this.replies = replies;
		this.vault = vault;
	}

	@GetMapping("/support")
	String list(@RequestParam(required = false) String status, Model model) {
		var filter = status == null || CaseStatus.fromId(status).isEmpty() ? null : status;
		model.addAttribute("cases", desk.latest(filter, 200));
		model.addAttribute("status", filter);
		model.addAttribute("statuses", java.util.Arrays.stream(CaseStatus.values()).map(CaseStatus::id).toList());
		return "support/console";
	}

	@PostMapping("/support")
	String open(@RequestParam(defaultValue = "") String customerId, @RequestParam String subject,
			@RequestParam String message, RedirectAttributes redirect) {
		try {
			var opened = desk.open(new NewCase(customer(customerId), subject, message), "staff",
					"staff:" + CurrentActor.name());
			return "redirect:/support/" + opened.id();
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
			return "redirect:/support";
		}
	}

	@GetMapping("/support/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("detail", desk.detail(id));
		model.addAttribute("next", CaseStatus.fromId(desk.get(id).status()).orElseThrow().next().stream()
			.map(CaseStatus::id).sorted().toList());
		return "support/case";
	}

	@PostMapping("/support/{id}/messages")
	String reply(@PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect) {
		return act(id, redirect, "Reply sent", () -> replies.reply(id, CurrentActor.name(), text));
	}

	@PostMapping("/support/{id}/status")
	String status(@PathVariable UUID id, @RequestParam String status, RedirectAttributes redirect) {
		return act(id, redirect, "Status changed", () -> desk.changeStatus(id, status));
	}

	@PostMapping("/support/{id}/assignee")
	String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String assignee, RedirectAttributes redirect) {
		return act(id, redirect, "Assignee changed", () -> desk.assign(id, assignee));
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/support/" + id;
	}

	/** The customer named by id or by email address (found through the blind index, nothing read). */
	private UUID customer(String idOrEmail) {
		var typed = idOrEmail.strip();
		if (typed.contains("@")) {
			return vault.idByEmail(typed).orElseThrow(() -> new InvalidInput("customerId", "no customer has this email"));
		}
		try {
			return UUID.fromString(typed);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("customerId", "enter the customer's id or email address");
		}
	}
}
