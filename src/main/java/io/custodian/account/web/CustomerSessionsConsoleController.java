package io.custodian.account.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.account.internal.CustomerSessions;
import io.custodian.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Staff see a customer's account sessions and end them, in the console and over the API. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_customers:read')")
class CustomerSessionsConsoleController {

	private final CustomerSessions sessions;

	CustomerSessionsConsoleController(CustomerSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/customers/{id}/sessions")
	String page(@PathVariable UUID id, Model model) {
		model.addAttribute("customerId", id);
		model.addAttribute("sessions", sessions.of(id));
		return "account/console-sessions";
	}

	@PostMapping("/customers/{id}/sessions/end")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	String endAll(@PathVariable UUID id) {
		sessions.endAll(id, "staff:" + CurrentActor.name());
		return "redirect:/customers/" + id + "/sessions";
	}

	@GetMapping("/api/v1/customers/{id}/sessions")
	@ResponseBody
	List<CustomerSessions.SessionInfo> list(@PathVariable UUID id) {
		return sessions.of(id);
	}

	@DeleteMapping("/api/v1/customers/{id}/sessions")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	@ResponseBody
	ResponseEntity<Map<String, Integer>> endAllOverApi(@PathVariable UUID id) {
		return ResponseEntity.ok(Map.of("ended", sessions.endAll(id, "staff:" + CurrentActor.name())));
	}
}
