package io.custodian.disclosure.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.custodian.disclosure.internal.SavedSelections;
import io.custodian.disclosure.internal.Selection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Saved selections of customers over HTTP, to disclose by name instead of listing ids. */
@RestController
@RequestMapping("/api/v1/selections")
@Tag(name = "Selections", description = "Named lists of customer ids to disclose")
class SelectionController {

	private final SavedSelections selections;

	SelectionController(SavedSelections selections) {
		this.selections = selections;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Save a selection: a unique name and 1 to 1000 customer ids")
	ResponseEntity<Selection> create(@RequestBody NewSelection body) {
		var created = selections.create(body == null ? null : body.name(), body == null ? null : body.customers());
		return ResponseEntity.created(URI.create("/api/v1/selections/" + created.id())).body(created);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "Every saved selection")
	List<Selection> all() {
		return selections.all();
	}

	@GetMapping("/{idOrName}")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "One selection, by id or name")
	Selection get(@PathVariable String idOrName) {
		return selections.get(idOrName);
	}

	record NewSelection(String name, List<UUID> customers) {
	}
}
