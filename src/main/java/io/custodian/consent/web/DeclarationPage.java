package io.custodian.consent.web;

import java.util.UUID;

import io.custodian.consent.internal.ConsentDesk;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public cookie declaration of a site, generated from its registry. */
@Controller
class DeclarationPage {

	private final ConsentDesk desk;

	DeclarationPage(ConsentDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/consent/{site}/cookies")
	String declaration(@PathVariable UUID site, Model model) {
		model.addAttribute("config", desk.config(site));
		return "consent/declaration";
	}
}
