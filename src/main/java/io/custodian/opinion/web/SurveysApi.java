package io.custodian.opinion.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.opinion.FreeText;
import io.custodian.opinion.Survey;
import io.custodian.opinion.SurveyDraft;
import io.custodian.opinion.SurveyResults;
import io.custodian.opinion.internal.Redactions;
import io.custodian.opinion.internal.Surveys;
import io.custodian.opinion.internal.Tallies;
import io.custodian.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The surveys API for staff: surveys and their questions, opening and closing, results and the redaction queue. */
@RestController
class SurveysApi {

	private final Surveys surveys;

	private final Tallies tallies;

	private final Redactions redactions;

	SurveysApi(Surveys surveys, Tallies tallies, Redactions redactions) {
		this.surveys = surveys;
		this.tallies = tallies;
		this.redactions = redactions;
	}

	@GetMapping("/api/v1/surveys")
	@PreAuthorize("hasAuthority('SCOPE_opinions:read')")
	List<Survey> list() {
		return surveys.all();
	}

	@PostMapping("/api/v1/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	@Operation(summary = "Create a draft survey with its questions (rating, single, multiple, text)")
	Survey create(@RequestBody SurveyDraft draft) {
		return surveys.create(draft, CurrentActor.name());
	}

	@GetMapping("/api/v1/surveys/{id}")
	@PreAuthorize("hasAuthority('SCOPE_opinions:read')")
	Survey get(@PathVariable UUID id) {
		return surveys.get(id);
	}

	@PutMapping("/api/v1/surveys/{id}")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	@Operation(summary = "Replace a draft's slug, title, intro and questions; 409 once the survey was opened")
	Survey update(@PathVariable UUID id, @RequestBody SurveyDraft draft) {
		return surveys.update(id, draft);
	}

	@DeleteMapping("/api/v1/surveys/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	@Operation(summary = "Delete a draft or closed survey with every answer to it")
	void delete(@PathVariable UUID id) {
		surveys.delete(id);
	}

	@PostMapping("/api/v1/surveys/{id}/open")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	Survey open(@PathVariable UUID id) {
		return surveys.open(id);
	}

	@PostMapping("/api/v1/surveys/{id}/close")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	Survey close(@PathVariable UUID id) {
		return surveys.close(id);
	}

	@GetMapping("/api/v1/surveys/{id}/results")
	@PreAuthorize("hasAuthority('SCOPE_opinions:read')")
	@Operation(summary = "Aggregated results, optionally by=language or by=<number of a single-choice or rating "
			+ "question>; groups under the minimum size are withheld")
	SurveyResults results(@PathVariable UUID id, @RequestParam(required = false) String by) {
		return tallies.results(id, by);
	}

	@GetMapping("/api/v1/surveys/{id}/texts")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	@Operation(summary = "The redaction queue: free-text answers waiting for a redacted version or a rejection")
	List<FreeText> pending(@PathVariable UUID id) {
		return redactions.pending(id);
	}

	@PostMapping("/api/v1/surveys/{id}/texts/{text}/approve")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	@Operation(summary = "Save the redacted version of a free-text answer; only it is ever shown in the results")
	FreeText approve(@PathVariable UUID id, @PathVariable UUID text, @RequestBody Map<String, String> body) {
		return redactions.approve(id, text, body == null ? null : body.get("text"), CurrentActor.name());
	}

	@PostMapping("/api/v1/surveys/{id}/texts/{text}/reject")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	FreeText reject(@PathVariable UUID id, @PathVariable UUID text) {
		return redactions.reject(id, text, CurrentActor.name());
	}
}
