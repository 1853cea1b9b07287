package io.custodian.collect.web.scripts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The anchors' tracker paths, so that their standard snippets work with only the host changed: Matomo's
 * {@code /matomo.js} and {@code /piwik.js}, Umami's {@code /script.js}, Plausible's {@code /js/script.js} with its
 * variants ({@code script.outbound-links.tagged-events.js}, …), all one file that reads its extensions from its URL.
 */
@RestController
@Tag(name = "Collection")
class TrackerScriptsController {

	private final ScriptFiles scripts;

	TrackerScriptsController(ScriptFiles scripts) {
		this.scripts = scripts;
	}

	@GetMapping({ "/matomo.js", "/piwik.js" })
	@Operation(summary = "Tracker speaking Matomo's _paq queue; sends to /matomo.php")
	ResponseEntity<byte[]> matomo(WebRequest request) {
		return scripts.serve("matomo.js", request);
	}

	@GetMapping({ "/script.js", "/umami/script.js" })
	@Operation(summary = "Tracker compatible with Umami's script.js (data-website-id, umami.track); sends to /api/send")
	ResponseEntity<byte[]> umami(WebRequest request) {
		return scripts.serve("script.js", request);
	}

	@GetMapping("/js/pa-{id:[A-Za-z0-9_-]{1,64}}.js")
	@Operation(summary = "Plausible's newer site script (pa-<id>.js, options through plausible.init); the site is the "
			+ "page's host")
	ResponseEntity<byte[]> plausibleSite(WebRequest request) {
		return scripts.serve("js/script.js", request);
	}

	@GetMapping("/js/{name:(?:script|plausible)(?:\\.[a-z-]{1,20}){0,10}\\.js}")
	@Operation(summary = "Tracker compatible with Plausible's script.js and its variants "
			+ "(script.outbound-links.tagged-events.js, …); sends to /api/event")
	ResponseEntity<byte[]> plausible(@PathVariable String name, WebRequest request) {
		if (!PlausibleVariants.isKnown(name)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Unknown script extension in " + name + "; known: " + PlausibleVariants.KNOWN);
		}
		return scripts.serve("js/script.js", request);
	}
}
