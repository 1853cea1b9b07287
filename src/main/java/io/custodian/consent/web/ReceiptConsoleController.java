package io.custodian.consent.web;

import java.util.UUID;

import io.custodian.consent.internal.ConsentDesk;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's lookup of consent receipts by consent id, with the state of the record chain. */
@Controller
@PreAuthorize(ConsoleAuthorities.VIEW)
class ReceiptConsoleController {

	private final SiteTabs tabs;

	private final ConsentDesk desk;

	ReceiptConsoleController(SiteTabs tabs, ConsentDesk desk) {
		this.tabs = tabs;
		this.desk = desk;
	}

	@GetMapping("/consent/sites/{id}/receipts")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage') or hasAuthority('SCOPE_audit:read')")
	String receipts(@PathVariable UUID id, @RequestParam(required = false) String consentId, Model model,
			HttpServletResponse response) {
		if (!tabs.open(id, "receipts", model, response)) {
			return SiteTabs.MISSING;
		}
		var wanted = consentId == null ? "" : consentId.strip();
		model.addAttribute("consentId", wanted);
		model.addAttribute("chain", desk.verify());
		if (!wanted.isEmpty()) {
			lookUp(id, wanted, model);
		}
		return "consent/receipts";
	}

	private void lookUp(UUID site, String consentId, Model model) {
		try {
			var receipts = desk.receipts(consentId);
			model.addAttribute("receipts", receipts);
			model.addAttribute("otherSite", receipts.stream().anyMatch(r -> !r.record().site().equals(site)));
		}
		catch (ErrorResponseException e) {
			model.addAttribute("lookupProblem", e.getStatusCode().value() == 404
					? "No consent with this id was recorded." : FormProblems.detail(e));
		}
	}
}
