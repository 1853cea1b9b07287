package io.custodian.account.web;

import java.util.Map;
import java.util.UUID;

import io.custodian.account.AccountSettings;
import io.custodian.account.internal.CustomerSessions;
import io.custodian.account.internal.SignInLinks;
import io.custodian.account.social.SnsProviders;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Signing in without a password: the customer gives their email and gets a link and a code; the link opens a page
 * whose button signs in (so that mail scanners following links sign nobody in), the code is typed on the page that
 * follows the email form. The answer is the same whether or not the email is on file.
 */
@Controller
class SignInController {

	private final SignInLinks links;

	private final CustomerSessions sessions;

	private final AccountPages pages;

	private final AccountSettings settings;

	private final SnsProviders providers;

	SignInController(SignInLinks links, CustomerSessions sessions, AccountPages pages, AccountSettings settings,
			SnsProviders providers) {
		this.settings = settings;
		this.providers = providers;
		this.links = links;
		this.sessions = sessions;
		this.pages = pages;
	}

	@GetMapping("/account/sign-in")
	ModelAndView form(HttpServletRequest request) {
		if (sessions.current(request).isPresent()) {
			return AccountPages.seeOther("/account");
		}
		return pages.page("account/sign-in").addObject("email", "").addObject("errors", Map.of())
			.addObject("snsProviders", providers.list());
	}

	@PostMapping("/account/sign-in")
	ModelAndView requestLink(@RequestParam(required = false) String email, HttpServletResponse response) {
		try {
			var link = links.request(email, pages.language());
			return AccountPages.seeOther("/account/sign-in/" + link + "?lang=" + pages.language());
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return pages.page("account/sign-in").addObject("email", email == null ? "" : email)
				.addObject("errors", Map.of("email", pages.text("account.email.invalid")))
				.addObject("snsProviders", providers.list());
		}
	}

	@GetMapping("/account/sign-in/{link}")
	ModelAndView code(@PathVariable UUID link) {
		return pages.page("account/sign-in-code").addObject("link", link).addObject("error", null)
			.addObject("minutes", settings.linkValidity().toMinutes());
	}

	@PostMapping("/account/sign-in/{link}")
	ModelAndView checkCode(@PathVariable UUID link, @RequestParam(required = false) String code,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			var customer = links.byCode(link, code);
			sessions.open(customer, "email-code", request, response);
			return AccountPages.seeOther("/account?lang=" + pages.language());
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			var reason = e.errors().getFirst().reason().startsWith("has expired") ? "account.code.expired"
					: e.errors().getFirst().reason().startsWith("must") ? "account.code.format" : "account.code.wrong";
			return pages.page("account/sign-in-code").addObject("link", link).addObject("error", pages.text(reason))
				.addObject("minutes", settings.linkValidity().toMinutes());
		}
	}

	@GetMapping("/account/sign-in/link/{token}")
	ModelAndView confirmLink(@PathVariable String token) {
		return pages.page("account/sign-in-link").addObject("token", token).addObject("error", null);
	}

	@PostMapping("/account/sign-in/link/{token}")
	ModelAndView useLink(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		try {
			var customer = links.byToken(token);
			sessions.open(customer, "email-link", request, response);
			return AccountPages.seeOther("/account?lang=" + pages.language());
		}
		catch (InvalidInput e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return pages.page("account/sign-in-link").addObject("token", null)
				.addObject("error", pages.text("account.link.expired"));
		}
	}
}
