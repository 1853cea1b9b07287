package io.custodian.request.web;

import static io.custodian.request.web.FormText.blankToNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.personaldata.OnwardNotices;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestState;
import io.custodian.request.RequestType;
import io.custodian.request.internal.RequestQueries;
import io.custodian.request.internal.RequestView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The console pages of the request desk: the queue, soonest due first, with filters; one request with the requester's
 * email and message, its timeline, the forms of the actions staff take ({@link RequestActionsController}) and the
 * result, such as an access export's stores or an elimination's erasure report. Every refusal is shown inline.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_requests:manage')")
class RequestConsoleController {

	static final int QUEUE_LIMIT = 200;

	private final RequestQueries queries;

	private final RequestSettings settings;

	private final ConsoleLabels labels;

	private final ObjectProvider<OnwardNotices> onwardNotices;

	RequestConsoleController(RequestQueries queries, RequestSettings settings, ConsoleLabels labels,
			ObjectProvider<OnwardNotices> onwardNotices) {
		this.labels = labels;
		this.onwardNotices = onwardNotices;
		this.queries = queries;
		this.settings = settings;
	}

	@ModelAttribute("requestTypes")
	List<Choice> requestTypes() {
		return Arrays.stream(RequestType.values())
			.map(t -> new Choice(t.id(), labels.type(t.id())))
			.toList();
	}

	@ModelAttribute("requestStates")
	List<Choice> requestStates() {
		return Arrays.stream(RequestState.values())
			.map(s -> new Choice(s.id(), labels.state(s.id())))
			.toList();
	}

	@GetMapping("/requests")
	String queue(@RequestParam(required = false) String type, @RequestParam(required = false) String state,
			@RequestParam(required = false) String dueBefore, Model model) {
		var chosenType = blankToNull(type);
		var chosenState = blankToNull(state);
		Instant due = null;
		var dueText = blankToNull(dueBefore);
		if (dueText != null) {
			try {
				due = LocalDate.parse(dueText).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException e) {
				model.addAttribute("filterError", "Due before: enter a date such as " + LocalDate.now(ZoneOffset.UTC) + ".");
				dueText = null;
			}
		}
		if (chosenType != null && RequestType.fromId(chosenType).isEmpty()) {
			model.addAttribute("filterError", "Type: choose one of the listed types.");
			chosenType = null;
		}
		if (chosenState != null && Arrays.stream(RequestState.values()).noneMatch(s -> s.id().equals(state.strip()))) {
			model.addAttribute("filterError", "State: choose one of the listed states.");
			chosenState = null;
		}
		var now = Instant.now();
		var rows = queries.queue(chosenState, chosenType, due, QUEUE_LIMIT).stream().map(s -> QueueRow.of(s, labels, now)).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("type", chosenType == null ? "" : chosenType);
		model.addAttribute("state", chosenState == null ? "" : chosenState);
		model.addAttribute("dueBefore", dueText == null ? "" : dueText);
		model.addAttribute("filtered", chosenType != null || chosenState != null || dueText != null);
		model.addAttribute("limit", QUEUE_LIMIT);
		model.addAttribute("overdue", rows.stream().filter(r -> r.due().overdue()).count());
		return "requests/queue";
	}

	@GetMapping("/requests/{id}")
	String detail(@PathVariable UUID id, Model model, HttpServletResponse response) {
		RequestView detail;
		try {
			detail = queries.detail(id);
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			model.addAttribute("id", id);
			model.addAttribute("problem", e.getBody().getDetail());
			return "requests/missing";
		}
		var summary = detail.request();
		var details = detail.details();
		var state = RequestState.valueOf(summary.state().toUpperCase().replace('-', '_'));
		model.addAttribute("row", QueueRow.of(summary, labels, Instant.now()));
		model.addAttribute("email", detail.email());
		model.addAttribute("message", details.message());
		model.addAttribute("changes", details.changesOrNone());
		model.addAttribute("fields", details.fieldsOrNone());
		model.addAttribute("identifiers", details.identifiersOrNone());
		model.addAttribute("timeline", detail.timeline());
		model.addAttribute("open", !state.isFinal());
		model.addAttribute("replyable", summary.customerId() != null);
		model.addAttribute("fulfillable", state == RequestState.VERIFIED || state == RequestState.IN_PROGRESS);
		model.addAttribute("extendable", !state.isFinal() && summary.extensionReason() == null);
		model.addAttribute("maxExtension", settings.maxExtension().toTotalMonths());
		model.addAttribute("downloadDays", settings.downloadValidity().toDays());
		model.addAttribute("result", FulfilmentResult.of(detail.result()));
		model.addAttribute("hasResult", detail.result() != null);
		var notices = onwardNotices.getIfAvailable();
		model.addAttribute("onwardNotices", notices == null || summary.customerId() == null ? List.of()
				: notices.forCustomer(summary.customerId()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
		}
		return "requests/detail";
	}

	/** The result as staff may read it: the export, erasure report or change record, as JSON. */
	@GetMapping(value = "/requests/{id}/result", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Object> result(@PathVariable UUID id) {
		var detail = queries.detail(id);
		var result = detail.result();
		if (result == null) {
			return ResponseEntity.notFound().build();
		}
		var reference = detail.request().reference();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + "-result.json\"")
			.body(result);
	}

	/** One option of a filter or select. */
	record Choice(String value, String label) {
	}
}
