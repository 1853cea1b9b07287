package io.custodian.customer.web;

import io.custodian.customer.CustomerVault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's list of stale customer data, a page of fields at a time. */
@Controller
@PreAuthorize("hasAuthority('SCOPE_customers:read')")
class StaleDataController {

	static final int STALE_PAGE = 50;

	private final CustomerVault vault;

	StaleDataController(CustomerVault vault) {
		this.vault = vault;
	}

	@GetMapping("/stale")
	String stale(@RequestParam(defaultValue = "1") int page, Model model) {
		var current = Math.max(1, page);
		var stale = vault.stale(STALE_PAGE, (current - 1) * STALE_PAGE);
		var pages = Math.max(1, (int) ((stale.total() + STALE_PAGE - 1) / STALE_PAGE));
		model.addAttribute("stale", stale);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("pageSize", STALE_PAGE);
		model.addAttribute("first", stale.total() == 0 ? 0 : (long) (current - 1) * STALE_PAGE + 1);
		model.addAttribute("last", (long) (current - 1) * STALE_PAGE + stale.fields().size());
		return "stale";
	}
}
