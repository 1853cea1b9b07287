package io.custodian.opinion.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.custodian.opinion.Question;
import io.custodian.opinion.SurveyDraft;
import io.custodian.opinion.SurveyResults;
import io.custodian.opinion.internal.Redactions;
import io.custodian.opinion.internal.Surveys;
import io.custodian.opinion.internal.Tallies;
import io.custodian.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's opinions pages: the surveys, a draft's questions as rows of a form, opening and closing, results as
 * bars with the withheld groups named, and the redaction queue.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_opinions:read')")
class OpinionsConsoleController {

	private static final int BLANK_ROWS = 3;

	private final Surveys surveys;

	private final Tallies tallies;

	private final Redactions redactions;

	OpinionsConsoleController(Surveys surveys, Tallies tallies, Redactions redactions) {
		this.surveys = surveys;
		this.tallies = tallies;
		this.redactions = redactions;
	}

	@GetMapping("/opinions")
	String list(Model model) {
		model.addAttribute("surveys", surveys.all());
		return "opinions/console";
	}

	@PostMapping("/opinions")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	String create(@RequestParam String slug, @RequestParam String title, @RequestParam(defaultValue = "") String intro,
			RedirectAttributes redirect) {
		try {
			var created = surveys.create(new SurveyDraft(slug, title, intro, List.of()), CurrentActor.name());
			return "redirect:/opinions/" + created.id();
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
			return "redirect:/opinions";
		}
	}

	@GetMapping("/opinions/{id}")
	String survey(@PathVariable UUID id, Model model) {
		var survey = surveys.get(id);
		var rows = new ArrayList<Question>(survey.questions());
		for (int i = 0; i < BLANK_ROWS && rows.size() < Surveys.MAX_QUESTIONS; i++) {
			rows.add(new Question(rows.size() + 1, "", "", false, null, null, null, List.of()));
		}
		model.addAttribute("survey", survey);
		model.addAttribute("rows", rows);
		return "opinions/survey-console";
	}

	@PostMapping("/opinions/{id}")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		var kind = form.getOrDefault("kind", List.of());
		var questions = new ArrayList<Question>();
		for (int i = 0; i < Math.min(kind.size(), Surveys.MAX_QUESTIONS + BLANK_ROWS); i++) {
			var text = at(form, "text", i);
			if (at(form, "kind", i).isBlank() && text.isBlank()) {
				continue;
			}
			var scale = at(form, "scale", i);
			questions.add(new Question(0, at(form, "kind", i), text, "yes".equals(at(form, "required", i)),
					scale.matches("\\d{1,2}") ? Integer.valueOf(scale) : null, at(form, "low", i), at(form, "high", i),
					Arrays.asList(at(form, "options", i).split("\\R"))));
		}
		var slug = at(form, "slug", 0);
		var title = at(form, "title", 0);
		var intro = at(form, "intro", 0);
		return act(id, redirect, "Survey saved", () -> surveys.update(id, new SurveyDraft(slug, title, intro, questions)));
	}

	@PostMapping("/opinions/{id}/open")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	String open(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "Survey opened", () -> surveys.open(id));
	}

	@PostMapping("/opinions/{id}/close")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	String close(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "Survey closed", () -> surveys.close(id));
	}

	@PostMapping("/opinions/{id}/delete")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			surveys.delete(id);
			redirect.addFlashAttribute("notice", "Survey deleted with its answers");
			return "redirect:/opinions";
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
			return "redirect:/opinions/" + id;
		}
	}

	@GetMapping("/opinions/{id}/results")
	String results(@PathVariable UUID id, @RequestParam(required = false) String by, Model model) {
		model.addAttribute("survey", surveys.get(id));
		SurveyResults results;
		try {
			results = tallies.results(id, by);
		}
		catch (ErrorResponseException e) {
			model.addAttribute("alert", e.getBody().getDetail());
			results = tallies.results(id, null);
		}
		model.addAttribute("results", results);
		model.addAttribute("shown", results.groups().isEmpty() ? List.of(results.overall()) : results.groups());
		return "opinions/results";
	}

	@GetMapping("/opinions/{id}/texts")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	String texts(@PathVariable UUID id, Model model) {
		model.addAttribute("survey", surveys.get(id));
		model.addAttribute("texts", redactions.pending(id));
		return "opinions/texts";
	}

	@PostMapping("/opinions/{id}/texts/{text}")
	@PreAuthorize("hasAuthority('SCOPE_opinions:manage')")
	String redact(@PathVariable UUID id, @PathVariable UUID text, @RequestParam String decision,
			@RequestParam(defaultValue = "") String redacted, RedirectAttributes redirect) {
		try {
			if ("reject".equals(decision)) {
				redactions.reject(id, text, CurrentActor.name());
			}
			else {
				redactions.approve(id, text, redacted, CurrentActor.name());
			}
			redirect.addFlashAttribute("notice", "reject".equals(decision) ? "Text rejected" : "Redacted text approved");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/opinions/" + id + "/texts";
	}

	private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/opinions/" + id;
	}

	private static String at(MultiValueMap<String, String> form, String name, int i) {
		var values = form.getOrDefault(name, List.of());
		return i < values.size() && values.get(i) != null ? values.get(i) : "";
	}
}
