package io.custodian.news.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.custodian.news.internal.SubscriberImports;
import io.custodian.security.CurrentActor;
import io.custodian.system.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's subscriber imports: paste a CSV, follow each import's progress and per-line report. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_news:send')")
class ImportsConsoleController {

	private final SubscriberImports imports;

	ImportsConsoleController(SubscriberImports imports) {
		this.imports = imports;
	}

	@GetMapping("/news/imports")
	String list(Model model) {
		model.addAttribute("imports", imports.latest(50));
		return "news/imports";
	}

	@PostMapping("/news/imports")
	String upload(@RequestParam(defaultValue = "pasted.csv") String name, @RequestParam String csv,
			RedirectAttributes redirect) {
		try {
			var started = imports.upload(name, csv.getBytes(StandardCharsets.UTF_8), CurrentActor.name());
			return "redirect:/news/imports/" + started.id();
		}
		catch (InvalidInput e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
			return "redirect:/news/imports";
		}
	}

	@GetMapping("/news/imports/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("subscriberImport", imports.get(id));
		model.addAttribute("rows", imports.report(id, 500));
		return "news/import";
	}
}
