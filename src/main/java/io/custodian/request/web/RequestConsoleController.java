package io.custodian.request.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.request.RequestSettings;
import io.custodian.request.RequestState;
import io.custodian.request.RequestSummary;
import io.custodian.request.RequestType;
import io.custodian.request.internal.RequestQueries;
import io.custodian.request.internal.RequestWorkflow;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console pages of the request desk: the queue, soonest due first, with filters; one request with the requester's
 * email and message, its timeline, the actions staff take (assign, note, change type, fulfil, reject, extend) and the
 * result, such as an access export's stores or an elimination's erasure report. Every refusal is shown inline.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_requests:manage')")
class RequestConsoleController {

	static final int QUEUE_LIMIT = 200;

	static final Map<String, String> TYPE_LABELS = Map.of("access", "Access", "correction", "Correction", "addition",
			"Addition", "deletion", "Deletion", "suspension", "Suspension", "lift-suspension", "Lift suspension",
			"elimination", "Elimination");

	static final Map<String, String> STATE_LABELS = Map.of("received", "Received", "verifying", "Awaiting code", "verified",
			"Verified", "in-progress", "In progress", "completed", "Completed", "rejected", "Rejected", "expired", "Expired");

	private final RequestQueries queries;

	private final RequestWorkflow workflow;

	private final RequestSettings settings;

	RequestConsoleController(RequestQueries queries, RequestWorkflow workflow, RequestSettings settings) {
		this.queries = queries;
		this.workflow = workflow;
		this.settings = settings;
	}

	@ModelAttribute("requestTypes")
	List<Choice> requestTypes() {
		return Arrays.stream(RequestType.values()).map(t -> new Choice(t.id(), TYPE_LABELS.get(t.id()))).toList();
	}

	@ModelAttribute("requestStates")
	List<Choice> requestStates() {
		return Arrays.stream(RequestState.values()).map(s -> new Choice(s.id(), STATE_LABELS.get(s.id()))).toList();
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
		var rows = queries.queue(chosenState, chosenType, due, QUEUE_LIMIT).stream().map(s -> Row.of(s, now)).toList();
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
		Map<String, Object> detail;
		try {
			detail = queries.detail(id);
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			model.addAttribute("id", id);
			model.addAttribute("problem", e.getBody().getDetail());
			return "requests/missing";
		}
		var summary = (RequestSummary) detail.get("request");
		var details = map(detail.get("details"));
		var state = RequestState.valueOf(summary.state().toUpperCase().replace('-', '_'));
		model.addAttribute("row", Row.of(summary, Instant.now()));
		model.addAttribute("email", detail.get("email"));
		model.addAttribute("message", details.get("message"));
		model.addAttribute("changes", map(details.get("changes")));
		model.addAttribute("fields", list(details.get("fields")));
		model.addAttribute("identifiers", list(details.get("identifiers")));
		model.addAttribute("timeline", timeline(detail.get("timeline")));
		model.addAttribute("open", !state.isFinal());
		model.addAttribute("fulfillable", state == RequestState.VERIFIED || state == RequestState.IN_PROGRESS);
		model.addAttribute("extendable", !state.isFinal() && summary.extensionReason() == null);
		model.addAttribute("maxExtension", settings.maxExtension().toTotalMonths());
		model.addAttribute("downloadDays", settings.downloadValidity().toDays());
		model.addAttribute("result", Result.of(map(detail.get("result"))));
		model.addAttribute("hasResult", detail.get("result") != null);
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
		var result = detail.get("result");
		if (result == null) {
			return ResponseEntity.notFound().build();
		}
		var reference = ((RequestSummary) detail.get("request")).reference();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + "-result.json\"")
			.body(result);
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

	@PostMapping("/requests/{id}/type")
	String changeType(@PathVariable UUID id, @RequestParam(required = false) String type, RedirectAttributes redirect) {
		return act(id, "type", Map.of("type", text(type)), redirect,
				() -> "Type changed to " + TYPE_LABELS.get(workflow.changeType(id, type).type()) + ".");
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
			int count;
			try {
				count = Integer.parseInt(text(months).strip());
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("months", "choose 1 or 2 months");
			}
			var extended = workflow.extend(id, count, blankToNull(reason));
			return "Deadline extended to " + extended.dueAt().atZone(ZoneOffset.UTC).toLocalDate()
					+ "; the requester was told why.";
		});
	}

	/** Runs one action and comes back to the request: a notice on success, the refusal and its fields otherwise. */
	private String act(UUID id, String action, Map<String, String> values, RedirectAttributes redirect,
			java.util.function.Supplier<String> work) {
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

	private static List<Event> timeline(Object value) {
		var events = new ArrayList<Event>();
		for (var item : list(value)) {
			var entry = map(item);
			events.add(new Event(entry.get("at") instanceof Instant at ? at : null, String.valueOf(entry.get("actor")),
					String.valueOf(entry.get("kind")), entry.get("note") == null ? null : String.valueOf(entry.get("note"))));
		}
		return events;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	private static List<Object> list(Object value) {
		return value instanceof Collection<?> c ? new ArrayList<>(c) : List.of();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/** One option of a filter or select. */
	record Choice(String value, String label) {
	}

	/** A request in the queue with its labels and how its deadline stands. */
	record Row(RequestSummary request, String typeLabel, String stateLabel, String stateTone, Due due) {

		static Row of(RequestSummary s, Instant now) {
			return new Row(s, TYPE_LABELS.getOrDefault(s.type(), s.type()), STATE_LABELS.getOrDefault(s.state(), s.state()),
					switch (s.state()) {
						case "completed" -> "ok";
						case "rejected" -> "danger";
						case "verified", "in-progress" -> "warn";
						default -> "muted";
					}, Due.of(s, now));
		}
	}

	/** How a deadline stands: overdue, due soon (within a week), later, or closed. */
	record Due(String label, String tone, boolean overdue) {

		static Due of(RequestSummary s, Instant now) {
			if (s.closedAt() != null || "completed".equals(s.state()) || "rejected".equals(s.state())
					|| "expired".equals(s.state())) {
				return new Due("closed", "closed", false);
			}
			if (s.dueAt() == null) {
				return new Due("", "", false);
			}
			var today = now.atZone(ZoneOffset.UTC).toLocalDate();
			var dueDay = s.dueAt().atZone(ZoneOffset.UTC).toLocalDate();
			var days = ChronoUnit.DAYS.between(today, dueDay);
			if (s.dueAt().isBefore(now)) {
				var late = Math.max(0, -days);
				return new Due(late == 0 ? "overdue" : "overdue by " + late + (late == 1 ? " day" : " days"), "overdue", true);
			}
			if (days == 0) {
				return new Due("due today", "soon", false);
			}
			return new Due("due in " + days + (days == 1 ? " day" : " days"),
					Duration.between(now, s.dueAt()).toDays() < 7 ? "soon" : "later", false);
		}
	}

	/** One entry of a request's timeline. */
	record Event(Instant at, String actor, String kind, String note) {
	}

	/** What fulfilling a request produced, in the shape the page shows. */
	record Result(List<StoreExport> export, List<Erasure> erasures, List<String> changed, List<String> deleted,
			List<String> restricted, List<String> lifted) {

		static Result of(Map<String, Object> result) {
			var export = new ArrayList<StoreExport>();
			map(result.get("export")).forEach((store, value) -> {
				var entry = map(value);
				var description = map(entry.get("description"));
				var contents = new ArrayList<String>();
				map(entry.get("data")).forEach((key, data) -> {
					if (data instanceof Collection<?> c) {
						contents.add(key + " (" + c.size() + ")");
					}
					else if (data instanceof Map<?, ?> m) {
						contents.add(key + " (" + m.size() + ")");
					}
					else if (data != null) {
						contents.add(key);
					}
				});
				export.add(new StoreExport(store, description.get("description") == null ? ""
						: String.valueOf(description.get("description")), contents));
			});
			var erasures = new ArrayList<Erasure>();
			for (var item : list(result.get("erasureReport"))) {
				var entry = map(item);
				erasures.add(new Erasure(String.valueOf(entry.get("store")),
						entry.get("rowsRemoved") instanceof Number n ? n.intValue() : 0,
						entry.get("kept") == null ? null : String.valueOf(entry.get("kept")),
						entry.get("reason") == null ? null : String.valueOf(entry.get("reason"))));
			}
			return new Result(export, erasures, strings(result.get("changed")), strings(result.get("deleted")),
					strings(result.get("restricted")), strings(result.get("lifted")));
		}

		private static List<String> strings(Object value) {
			return list(value).stream().map(String::valueOf).toList();
		}

		public int rowsRemoved() {
			return erasures.stream().mapToInt(Erasure::rowsRemoved).sum();
		}
	}

	/** One store of an access export: what it is and what it held. */
	record StoreExport(String store, String description, List<String> contents) {
	}

	/** One line of an erasure report. */
	record Erasure(String store, int rowsRemoved, String kept, String reason) {
	}
}
