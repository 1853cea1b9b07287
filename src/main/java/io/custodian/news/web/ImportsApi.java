package io.custodian.news.web;

import java.util.List;
import java.util.UUID;

import io.custodian.news.ImportRow;
import io.custodian.news.SubscriberImport;
import io.custodian.news.internal.SubscriberImports;
import io.custodian.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Subscriber imports for staff who may send news: upload a CSV, follow its progress and per-line report. */
@RestController
@PreAuthorize("hasAuthority('SCOPE_news:send')")
class ImportsApi {

	private final SubscriberImports imports;

	ImportsApi(SubscriberImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/news/imports", consumes = "text/csv")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Upload subscribers (columns email, topics, language; ≤ 2 MB, ≤ 50 000 rows): each valid line "
			+ "gets the double opt-in confirmation mail in the background")
	SubscriberImport upload(@RequestBody byte[] csv, @RequestParam(defaultValue = "upload.csv") String name) {
		return imports.upload(name, csv, CurrentActor.name());
	}

	@GetMapping("/api/v1/news/imports")
	List<SubscriberImport> list(@RequestParam(defaultValue = "50") int limit) {
		return imports.latest(limit);
	}

	@GetMapping("/api/v1/news/imports/{id}")
	SubscriberImport get(@PathVariable UUID id) {
		return imports.get(id);
	}

	@GetMapping("/api/v1/news/imports/{id}/rows")
	@Operation(summary = "The per-line report: invalid, skipped, failed and unknown lines first, each with its reason")
	List<ImportRow> rows(@PathVariable UUID id, @RequestParam(defaultValue = "500") int limit) {
		return imports.report(id, limit);
	}
}
