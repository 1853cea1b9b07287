package io.custodian.disclosure.web;

import java.util.UUID;

import io.custodian.disclosure.OnwardNoticeLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Acknowledging an onward notice from the customer's disclosures page; a refusal is shown there. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
class OnwardNoticeConsoleController {

	private final OnwardNoticeLog notices;

	OnwardNoticeConsoleController(OnwardNoticeLog notices) {
		this.notices = notices;
	}

	@PostMapping("/customers/{customer}/onward-notices/{id}/acknowledgement")
	String acknowledge(@PathVariable UUID customer, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			var notice = notices.acknowledge(id, note);
			redirect.addFlashAttribute("notice", "Acknowledgement of " + notice.recipientName() + " recorded.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/customers/" + customer + "/disclosures";
	}
}
