package io.custodian.history.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.history.HistoryImports;
import io.custodian.history.ImportFormat;
import io.custodian.history.ImportStatus;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import io.custodian.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The console's import page: choose a site and a format, upload the export (sent as the request body by
 * {@code /js/history-import.js}), then follow its progress and read its per-row report.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
class HistoryConsoleController {

	private final HistoryImports imports;

	private final Sites sites;

	private final UploadReceiver uploads;

	HistoryConsoleController(HistoryImports imports, Sites sites, UploadReceiver uploads) {
		this.imports = imports;
		this.sites = sites;
		this.uploads = uploads;
	}

	@GetMapping("/imports")
	String page(@RequestParam(required = false) UUID site, Model model) {
		var all = sites.all();
		var chosen = all.stream().filter(s -> s.id().equals(site)).findFirst()
			.or(() -> all.stream().findFirst());
		model.addAttribute("sites", all);
		model.addAttribute("formats", ImportFormat.values());
		model.addAttribute("chosen", chosen.map(Site::id).orElse(null));
		model.addAttribute("imports", chosen.map(s -> imports.recent(s.id(), 20)).orElse(List.of()));
		return "history/imports";
	}

	@GetMapping("/imports/{site}/{id}")
	String detail(@PathVariable UUID site, @PathVariable UUID id, Model model) {
		var status = imports.find(site, id).orElseThrow(() -> Problems.notFound("Import " + id));
		model.addAttribute("job", status);
		model.addAttribute("siteName", sites.find(site).map(Site::name).orElse(site.toString()));
		model.addAttribute("percent", status.rowsTotal() == 0 ? 0 : 100 * status.rowsDone() / status.rowsTotal());
		model.addAttribute("running", status.state() == ImportStatus.State.RUNNING);
		return "history/import";
	}

	/** Answers the page's script: 202 with the progress page, or the problem (as the API answers it) for its text. */
	@PostMapping("/imports/upload")
	@ResponseBody
	ResponseEntity<?> upload(@RequestParam UUID site, @RequestParam(required = false) String format,
			@RequestParam(required = false) String file, HttpServletRequest request) throws IOException {
		try {
			var chosen = HistoryImportController.format(format);
			var name = HistoryImportController.fileName(file, chosen);
			sites.find(site).orElseThrow(() -> Problems.notFound("Site " + site));
			imports.checkStart(site);
			var status = imports.start(site, chosen, name, uploads.receive(request));
			return ResponseEntity.accepted().body(Map.of("id", status.id().toString(), "location",
					request.getContextPath() + "/imports/" + site + "/" + status.id()));
		}
		catch (ErrorResponseException e) {
			return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(e.getBody());
		}
	}
}
