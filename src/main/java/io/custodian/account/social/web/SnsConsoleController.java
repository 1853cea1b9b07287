package io.custodian.account.social.web;

import java.util.UUID;

import io.custodian.account.social.RemoteRevocations;
import io.custodian.account.social.SnsConnections;
import io.custodian.account.social.SnsRegistrations;
import io.custodian.customer.CustomerVault;
import io.custodian.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * SNS in the console: the configured providers with the fields each scope may fill, and one customer's connections
 * with what came from each and the provider's answer to its revocation; staff who may change customers revoke.
 */
@Controller
@PreAuthorize("hasAuthority('SCOPE_customers:read')")
class SnsConsoleController {

	private final SnsRegistrations registrations;

	private final SnsConnections connections;

	private final RemoteRevocations remote;

	private final CustomerVault vault;

	SnsConsoleController(SnsRegistrations registrations, SnsConnections connections, RemoteRevocations remote,
			CustomerVault vault) {
		this.registrations = registrations;
		this.connections = connections;
		this.remote = remote;
		this.vault = vault;
	}

	@GetMapping("/sns/providers")
	String providers(Model model) {
		model.addAttribute("providers", registrations.all());
		return "account/sns-console-providers";
	}

	@GetMapping("/customers/{id}/connections")
	String connections(@PathVariable UUID id, Model model) {
		model.addAttribute("customer", vault.summary(id));
		model.addAttribute("connections", connections.of(id));
		return "account/sns-console-connections";
	}

	@PostMapping("/customers/{id}/connections/{connection}/revoke")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	String revoke(@PathVariable UUID id, @PathVariable UUID connection, RedirectAttributes redirect) {
		var revoked = connections.revoke(id, connection, "staff:" + CurrentActor.name());
		remote.attempt(connection);
		redirect.addFlashAttribute("notice", "Revoked the " + revoked.providerName() + " connection; the fields that "
				+ "came from it were removed or given back their previous value.");
		return "redirect:/customers/" + id + "/connections";
	}
}
