package io.custodian.history.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.custodian.history.HistoryImports;
import io.custodian.history.ImportFormat;
import io.custodian.history.ImportStatus;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** History imports over HTTP: the export is the raw request body (a zip, or one CSV/TSV file). */
@RestController
@RequestMapping("/api/v1/sites/{siteId}/imports")
@Tag(name = "History import", description = "Bring a site's history along from Plausible, Umami or Matomo")
class HistoryImportController {

	static final int MAX_FILE_NAME = 200;

	private final HistoryImports imports;

	private final Sites sites;

	private final UploadReceiver uploads;

	HistoryImportController(HistoryImports imports, Sites sites, UploadReceiver uploads) {
		this.imports = imports;
		this.sites = sites;
		this.uploads = uploads;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	@Operation(summary = "Import an export (body: zip or CSV); 202 with progress, or 200 when done with wait=true")
	ResponseEntity<ImportStatus> upload(@PathVariable UUID siteId, @RequestParam(required = false) String format,
			@RequestParam(required = false) String file, @RequestParam(defaultValue = "false") boolean wait,
			HttpServletRequest request) throws IOException {
		var chosen = format(format);
		var name = fileName(file, chosen);
		sites.find(siteId).orElseThrow(() -> Problems.notFound("Site " + siteId));
		imports.checkStart(siteId);
		var upload = uploads.receive(request);
		if (wait) {
			return ResponseEntity.ok(imports.run(siteId, chosen, name, upload));
		}
		var status = imports.start(siteId, chosen, name, upload);
		return ResponseEntity.accepted().location(URI.create("/api/v1/sites/" + siteId + "/imports/" + status.id()))
			.body(status);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_sites:manage') or hasAuthority('SCOPE_analytics:read')")
	@Operation(summary = "The site's latest imports, newest first")
	List<ImportStatus> list(@PathVariable UUID siteId) {
		sites.find(siteId).orElseThrow(() -> Problems.notFound("Site " + siteId));
		return imports.recent(siteId, 50);
	}

	@GetMapping("/{importId}")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage') or hasAuthority('SCOPE_analytics:read')")
	@Operation(summary = "An import's progress (rows done of the total) and its per-row report")
	ImportStatus status(@PathVariable UUID siteId, @PathVariable UUID importId) {
		return imports.find(siteId, importId).orElseThrow(() -> Problems.notFound("Import " + importId));
	}

	static ImportFormat format(String format) {
		return ImportFormat.fromId(format).orElseThrow(() -> new InvalidInput("format",
				format == null || format.isBlank() ? "is required: plausible, umami or matomo"
						: "must be plausible, umami or matomo"));
	}

	static String fileName(String file, ImportFormat format) {
		if (file == null || file.isBlank()) {
			return format.singleFile();
		}
		var name = file.strip();
		if (name.length() > MAX_FILE_NAME || name.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInput("file", "must be a file name of at most " + MAX_FILE_NAME + " characters");
		}
		return name;
	}
}
