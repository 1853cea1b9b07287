package io.custodian.request.web;

import static io.custodian.request.web.FormText.blankToNull;
import static io.custodian.request.web.FormText.text;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.custodian.request.internal.RequestWorkflow;
import io.custodian.system.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	String assign(@PathVariable UUID id, @RequestParam(required = false) String staff, RedirectAttributes redirect) {
		return act(id, "assign", Map.of("staff", text(staff)), redirect,
				() -> "Assigned to " + workflow.assign(id, blankToNull(staff)).assignedTo() + ".");
	}

	@PostMapping("/requests/{id}/notes")
	String note(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		return act(id, "note", Map.of("note", text(text)), redirect, () -> {
			workflow.note(id, blankToNull(text));
			return "Note added.";
		});
	}

	@PostMapping("/requests/{id}/replies")
	String reply(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		return act(id, "reply", Map.of("text", text(text)), redirect, () -> {
			workflow.reply(id, blankToNull(text));
			return "Reply sent to the requester's email on file.";
		});
	}

	@PostMapping("/requests/{id}/type")
	String changeType(@PathVariable UUID id, @RequestParam(required = false) String type, RedirectAttributes redirect) {
		return act(id, "type", Map.of("type", text(type)), redirect,
				() -> "Type changed to " + labels.type(workflow.changeType(id, type).type()) + ".");
	}

	@PostMapping("/requests/{id}/approval")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, "approve", Map.of(), redirect, () -> {
			workflow.approve(id);
			return "Request fulfilled; the requester was told by email.";
		});
	}

	@PostMapping("/requests/{id}/rejection")
	String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, "reject", Map.of("reason", text(reason)), redirect, () -> {
			workflow.reject(id, blankToNull(reason));
			return "Request rejected; the requester was told the reason.";
		});
	}

	@PostMapping("/requests/{id}/extension")
	String extend(@PathVariable UUID id, @RequestParam(required = false) String months,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, "extend", Map.of("months", text(months), "reason", text(reason)), redirect, () -> {
			var extended = workflow.extend(id, monthCount(months), blankToNull(reason));
			return "Deadline extended to " + extended.dueAt().atZone(ZoneOffset.UTC).toLocalDate()
					+ "; the requester was told why.";
		});
	}

	private static int monthCount(String months) {
		try {
			return Integer.parseInt(text(months).strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("months", "choose 1 or 2 months");
		}
	}

	/** Runs one action and comes back to the request: a notice on success, the refusal and its fields otherwise. */
	private static String act(UUID id, String action, Map<String, String> values, RedirectAttributes redirect,
			Supplier<String> work) {
		try {
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
