package io.custodian.disclosure.web;

import java.util.UUID;

import io.custodian.disclosure.DisclosureRequest;
import io.custodian.disclosure.Disclosures;
import io.custodian.disclosure.OnwardNoticeLog;
import io.custodian.disclosure.RecordOfProcessing;
import io.custodian.purpose.Purposes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Disclosing from the console (the answer shown on the page, or CSV downloaded), the disclosure log, a customer's
 * disclosures, and the record of processing.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
class DisclosureConsoleController {

	private final Disclosures disclosures;

	private final RecordOfProcessing record;

	private final RecipientConsoleController recipients;

	private final Purposes purposes;

	private final OnwardNoticeLog notices;

	DisclosureConsoleController(Disclosures disclosures, RecordOfProcessing record,
			RecipientConsoleController recipients, Purposes purposes, OnwardNoticeLog notices) {
		this.disclosures = disclosures;
		this.record = record;
		this.recipients = recipients;
		this.purposes = purposes;
		this.notices = notices;
	}

	@PostMapping("/recipients/{id}/disclosures")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	Object disclose(@PathVariable UUID id, @RequestParam String purpose, @RequestParam String legalBasis,
			@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "") String customers,
			@RequestParam(defaultValue = "") String selection, Model model) {
		try {
			var request = new DisclosureRequest(purpose, DemandForm.ids(customers, "customers"), format, legalBasis, null,
					selection);
			var result = disclosures.disclose(id, request);
			if ("csv".equals(format)) {
				return DisclosureCsv.of(result).body(DisclosureCsv.body(result));
			}
			model.addAttribute("result", result);
		}
		catch (ErrorResponseException e) {
			model.addAttribute("discloseProblem", e.getBody().getDetail());
		}
		model.addAttribute("discloseOpen", true);
		return recipients.detail(id, model);
	}

	@GetMapping("/customers/{id}/disclosures")
	String ofCustomer(@PathVariable UUID id, Model model) {
		model.addAttribute("customerId", id);
		model.addAttribute("entries", disclosures.ofCustomer(id));
		model.addAttribute("notices", notices.ofCustomer(id));
		return "disclosure/customer";
	}

	@GetMapping("/disclosures")
	String log(@RequestParam(required = false) String purpose, Model model) {
		model.addAttribute("purpose", purpose == null ? "" : purpose);
		model.addAttribute("purposes", purposes.all());
		model.addAttribute("entries", disclosures.latest(purpose, 500));
		return "disclosure/log";
	}

	@GetMapping("/record-of-processing")
	String recordOfProcessing(Model model) {
		model.addAttribute("record", record.current());
		return "disclosure/record";
	}
}
