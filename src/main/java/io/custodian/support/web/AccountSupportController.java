package io.custodian.support.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.custodian.account.SignedInCustomers;
import io.custodian.support.NewCase;
import io.custodian.support.internal.SupportDesk;
import io.custodian.system.InvalidInput;
import io.custodian.system.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The signed-in customer's support pages in the privacy center ({@code /account/support}, behind the account's own
 * sign-in): their cases only, a form to open one, and each conversation with a reply box.
 */
@Controller
class AccountSupportController {

	private final SupportDesk desk;

	private final MessageSource messages;

	AccountSupportController(SupportDesk desk, MessageSource messages) {
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/account/support")
	ModelAndView list() {
		return list(Map.of(), "", "");
	}

	@PostMapping("/account/support")
	ModelAndView open(@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String message,
			HttpServletResponse response) {
		try {
			var opened = desk.open(new NewCase(customer(), subject, message), "account", "customer");
			return seeOther("/account/support/" + opened.id());
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			return list(errors(e), subject, message);
		}
	}

	@GetMapping("/account/support/{id}")
	ModelAndView detail(@PathVariable UUID id) {
		return detail(id, Map.of(), "");
	}

	@PostMapping("/account/support/{id}/messages")
	ModelAndView reply(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			HttpServletResponse response) {
		try {
			desk.customerReply(customer(), id, text);
			return seeOther("/account/support/" + id);
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			return detail(id, errors(e), text);
		}
	}

	private ModelAndView list(Map<String, String> errors, String subject, String message) {
		return page("support/account-cases").addObject("cases", desk.ofCustomer(customer()))
			.addObject("errors", errors).addObject("subject", subject).addObject("message", message);
	}

	private ModelAndView detail(UUID id, Map<String, String> errors, String text) {
		return page("support/account-case").addObject("detail", desk.ownCase(customer(), id))
			.addObject("errors", errors).addObject("text", text);
	}

	private static Map<String, String> errors(ErrorResponseException e) {
		if (e instanceof InvalidInput invalid && !invalid.errors().isEmpty()) {
			var error = invalid.errors().getFirst();
			return Map.of(error.field(), error.reason());
		}
		return Map.of("form", String.valueOf(e.getBody().getDetail()));
	}

	private static UUID customer() {
		return SignedInCustomers.current()
			.orElseThrow(() -> Problems.of(HttpStatus.UNAUTHORIZED, "Not signed in", "Sign in to your account first"));
	}

	private ModelAndView page(String view) {
		var language = Locale.GERMAN.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "de" : "en";
		var page = new ModelAndView(view);
		page.addObject("lang", language);
		page.addObject("centerTitle",
				messages.getMessage("center.title", null, "Privacy center", LocaleContextHolder.getLocale()));
		page.addObject("query", "?lang=" + language);
		page.addObject("switchQuery", "?lang=" + ("de".equals(language) ? "en" : "de"));
		return page;
	}

	private static ModelAndView seeOther(String url) {
		var view = new RedirectView(url + "?lang="
				+ (Locale.GERMAN.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "de" : "en"), true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}
}
