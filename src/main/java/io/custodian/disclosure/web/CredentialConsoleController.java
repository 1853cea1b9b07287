package io.custodian.disclosure.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.custodian.disclosure.NewCredential;
import io.custodian.disclosure.RecipientCredentials;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Issuing (the secret shown once on the next page) and revoking a recipient's credentials from its console page. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
class CredentialConsoleController {

	private final RecipientCredentials credentials;

	CredentialConsoleController(RecipientCredentials credentials) {
		this.credentials = credentials;
	}

	@PostMapping("/recipients/{id}/credentials")
	String issue(@PathVariable UUID id, @RequestParam(defaultValue = "") String label,
			@RequestParam(defaultValue = "") String expires, RedirectAttributes redirect) {
		try {
			var issued = credentials.issue(id, new NewCredential(label, expires.isBlank() ? null : LocalDate.parse(expires)));
			redirect.addFlashAttribute("issuedSecret", issued.secret());
			redirect.addFlashAttribute("notice", "Credential " + issued.credential().label()
					+ " issued. Copy its secret now: it is not shown again.");
		}
		catch (DateTimeParseException e) {
			redirect.addFlashAttribute("alert", "expires: is not a date (yyyy-mm-dd)");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/recipients/" + id + "#credentials";
	}

	@PostMapping("/recipients/{id}/credentials/{credential}/revocation")
	String revoke(@PathVariable UUID id, @PathVariable UUID credential, RedirectAttributes redirect) {
		try {
			credentials.revoke(id, credential);
			redirect.addFlashAttribute("notice", "Credential revoked.");
		}
		catch (ErrorResponseException e) {
			redirect.addFlashAttribute("alert", e.getBody().getDetail());
		}
		return "redirect:/recipients/" + id + "#credentials";
	}
}
