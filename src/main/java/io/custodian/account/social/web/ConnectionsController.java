package io.custodian.account.social.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.custodian.account.internal.SignedInCustomer;
import io.custodian.account.social.RemoteRevocations;
import io.custodian.account.social.SnsConnection;
import io.custodian.account.social.SnsConnections;
import io.custodian.account.social.SnsRegistrations;
import io.custodian.customer.CustomerOwnValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's connected accounts: the providers to connect with the fields each may fill, the connections with
 * the fields that came from them and the values they offer beside the customer's own, adopting an offered value, and
 * revoking a connection (the provider is told right away, or later when it does not answer).
 */
@Controller
class ConnectionsController {

	private final SnsConnections connections;

	private final SnsRegistrations registrations;

	private final RemoteRevocations remote;

	private final CustomerOwnValues own;

	ConnectionsController(SnsConnections connections, SnsRegistrations registrations, RemoteRevocations remote,
			CustomerOwnValues own) {
		this.connections = connections;
		this.registrations = registrations;
		this.remote = remote;
		this.own = own;
	}

	@GetMapping("/account/connections")
	String connections(@AuthenticationPrincipal SignedInCustomer customer,
			@RequestParam(required = false) String connected, Model model) {
		var list = connections.of(customer.customerId());
		var offers = new LinkedHashMap<UUID, Map<String, String>>();
		var offeredFields = new TreeSet<String>();
		list.stream().filter(SnsConnection::live).forEach(c -> {
			var offered = connections.offers(customer.customerId(), c.id());
			offers.put(c.id(), offered);
			offeredFields.addAll(offered.keySet());
		});
		var current = offeredFields.isEmpty() ? Map.<String, String>of()
				: own.values(customer.customerId(), offeredFields, "comparing with a connected account's values").values();
		model.addAttribute("providers", registrations.all());
		model.addAttribute("connections", list);
		model.addAttribute("connectedProviders",
				list.stream().filter(SnsConnection::live).map(SnsConnection::provider).collect(Collectors.toSet()));
		model.addAttribute("offers", offers);
		model.addAttribute("current", current);
		model.addAttribute("connected", connected != null && registrations.isConfigured(connected)
				? registrations.displayName(connected) : null);
		return "account/connections";
	}

	@PostMapping("/account/connections/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInCustomer customer, @PathVariable UUID id,
			RedirectAttributes redirect) {
		var revoked = connections.revoke(customer.customerId(), id, "customer");
		remote.attempt(id);
		redirect.addFlashAttribute("notice", "Your " + revoked.providerName() + " account was disconnected and what "
				+ "came from it was removed.");
		return "redirect:/account/connections";
	}

	@PostMapping("/account/connections/{id}/fields/{field}/adopt")
	String adopt(@AuthenticationPrincipal SignedInCustomer customer, @PathVariable UUID id, @PathVariable String field,
			RedirectAttributes redirect) {
		connections.adopt(customer.customerId(), id, field);
		redirect.addFlashAttribute("notice", "Saved. Your previous value is kept and comes back if you disconnect.");
		return "redirect:/account/connections";
	}
}
