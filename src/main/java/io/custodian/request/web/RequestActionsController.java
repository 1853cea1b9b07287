package io.custodian.request.web;

import static io.custodian.request.web.FormText.text;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.custodian.request.internal.RequestWorkflow;
import io.custodian.request.web.StaffInputs.Assignment;
import io.custodian.request.web.StaffInputs.Extension;
import io.custodian.request.web.StaffInputs.Note;
import io.custodian.request.web.StaffInputs.Rejection;
import io.custodian.request.web.StaffInputs.TypeChange;
import io.custodian.system.InvalidInput;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions staff take on a request from its console page (assign, note, reply, change type, fulfil, reject,
 * extend);
 * each comes back to the page with a notice, or with the refusal and the values typed shown inline.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_requests:manage')")
class RequestActionsController {

	private final RequestWorkflow workflow;

	private final ConsoleLabels labels;

	RequestActionsController(RequestWorkflow workflow, ConsoleLabels labels) {
		this.workflow = workflow;
		this.labels = labels;
	}

	@PostMapping("/requests/{id}/assignment")
	String assign(@PathVariable UUID id, @Valid Assignment form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, "assign", Map.of("staff", text(form.staff())), binding, redirect,
				() -> "Assigned to " + workflow.assign(id, form.staff().strip()).assignedTo() + ".");
	}

	@PostMapping("/requests/{id}/notes")
	String note(@PathVariable UUID id, @Valid Note form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, "note", Map.of("text", text(form.text())), binding, redirect, () -> {
			workflow.note(id, form.text().strip());
			return "Note added.";
		});
	}

	@PostMapping("/requests/{id}/replies")
	String reply(@PathVariable UUID id, @Valid Note form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, "reply", Map.of("text", text(form.text())), binding, redirect, () -> {
			workflow.reply(id, form.text().strip());
			return "Reply sent to the requester's email on file.";
		});
	}

	@PostMapping("/requests/{id}/type")
	String changeType(@PathVariable UUID id, TypeChange form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, "type", Map.of("type", text(form.type())), binding, redirect,
				() -> "Type changed to " + labels.type(workflow.changeType(id, form.type()).type()) + ".");
	}

	@PostMapping("/requests/{id}/approval")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, "approve", Map.of(), null, redirect, () -> {
			workflow.approve(id);
			return "Request fulfilled; the requester was told by email.";
		});
	}

	@PostMapping("/requests/{id}/rejection")
	String reject(@PathVariable UUID id, @Valid Rejection form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, "reject", Map.of("reason", text(form.reason())), binding, redirect, () -> {
			workflow.reject(id, form.reason().strip());
			return "Request rejected; the requester was told the reason.";
		});
	}

	@PostMapping("/requests/{id}/extension")
	String extend(@PathVariable UUID id, @Valid Extension form, BindingResult binding, RedirectAttributes redirect) {
		var months = form.months() == null ? "" : form.months().toString();
		return act(id, "extend", Map.of("months", months, "reason", text(form.reason())), binding, redirect, () -> {
			var extended = workflow.extend(id, form.months(), form.reason().strip());
			return "Deadline extended to " + extended.dueAt().atZone(ZoneOffset.UTC).toLocalDate()
					+ "; the requester was told why.";
		});
	}

	/** Runs one action and comes back to the request: a notice on success, the refusal and its fields otherwise. */
	private static String act(UUID id, String action, Map<String, String> values, BindingResult binding,
			RedirectAttributes redirect, Supplier<String> work) {
		try {
			if (binding != null && binding.hasErrors()) {
				throw new InvalidInput(InvalidInput.from(binding));
			}
			redirect.addFlashAttribute("notice", work.get());
		}
		catch (InvalidInput e) {
			var errors = new LinkedHashMap<String, String>();
			e.errors().forEach(error -> errors.merge(action + "." + error.field(), error.reason(), (a, b) -> a + "; " + b));
			var typed = new LinkedHashMap<String, String>();
			values.forEach((k, v) -> typed.put(action + "." + k, v));
			redirect.addFlashAttribute("errors", errors);
			redirect.addFlashAttribute("values", typed);
			redirect.addFlashAttribute("alert", "Not saved: " + e.getBody().getDetail());
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", "Not saved: " + e.getBody().getDetail());
		}
		return "redirect:/requests/" + id;
	}
}
