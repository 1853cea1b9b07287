package io.custodian.news.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.custodian.news.Subscribe;
import io.custodian.news.internal.NewsMail;
import io.custodian.news.internal.Subscriptions;
import io.custodian.news.internal.Topics;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public news pages in the privacy center's look: subscribe; confirm and unsubscribe by a one-time link, each a
 * page with a button (a GET changes nothing, so link scanners cannot confirm or unsubscribe), and a POST that acts.
 */
@Controller
class NewsPages {

	private final Subscriptions subscriptions;

	private final NewsMail mail;

	private final Topics topics;

	private final MessageSource messages;

	NewsPages(Subscriptions subscriptions, NewsMail mail, Topics topics, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.mail = mail;
		this.topics = topics;
		this.messages = messages;
	}

	@GetMapping("/news")
	ModelAndView form() {
		return form(Map.of(), "", List.of());
	}

	@PostMapping("/news")
	ModelAndView subscribe(@RequestParam(defaultValue = "") String email,
			@RequestParam(required = false) List<String> topics, HttpServletResponse response) {
		try {
			var token = subscriptions.request(new Subscribe(email, topics));
			mail.confirmation(email.strip(), token, language());
			return message("Check your inbox", "If the address is right, we mailed a link to it. Open it to confirm "
					+ "your subscription; nothing is sent to you before you do.");
		}
		catch (InvalidInput e) {
			response.setStatus(400);
			var errors = new java.util.HashMap<String, String>();
			e.errors().forEach(error -> errors.putIfAbsent(error.field(), error.reason()));
			return form(errors, email, topics == null ? List.of() : topics);
		}
	}

	@GetMapping("/news/confirm/{token}")
	ModelAndView confirmPage(@PathVariable String token) {
		return action("Confirm your subscription", "Press the button to receive our product news at this address.",
				"/news/confirm/" + token, "Confirm my subscription");
	}

	@PostMapping("/news/confirm/{token}")
	ModelAndView confirm(@PathVariable String token, HttpServletResponse response) {
		try {
			subscriptions.confirm(token);
			return message("Subscription confirmed", "Thank you. Every news mail has a link to unsubscribe in one click.");
		}
		catch (ErrorResponseException e) {
			return failed(e, response);
		}
	}

	@GetMapping("/news/unsubscribe/{token}")
	ModelAndView unsubscribePage(@PathVariable String token) {
		return action("Unsubscribe", "Press the button to stop every product news mail to you.",
				"/news/unsubscribe/" + token, "Unsubscribe");
	}

	/** RFC 8058 one-click: the mail client posts {@code List-Unsubscribe=One-Click}; the page's button posts too. */
	@PostMapping("/news/unsubscribe/{token}")
	ModelAndView unsubscribe(@PathVariable String token, HttpServletResponse response) {
		try {
			subscriptions.unsubscribe(token);
			return message("You are unsubscribed", "We send you no more product news, and your consent to it is withdrawn.");
		}
		catch (ErrorResponseException e) {
			return failed(e, response);
		}
	}

	private ModelAndView failed(ErrorResponseException e, HttpServletResponse response) {
		response.setStatus(e.getStatusCode().value());
		return e.getStatusCode().value() == 404 ? message("Link not found", "This link is not one we sent.")
				: e.getStatusCode().value() == 410 ? message("Link already used", "This link was already used or has expired.")
						: message("Not possible", e.getBody().getDetail());
	}

	private ModelAndView form(Map<String, String> errors, String email, List<String> chosen) {
		var page = page("news/subscribe");
		page.addObject("topics", topics.active());
		page.addObject("errors", errors);
		page.addObject("email", email);
		page.addObject("chosen", chosen);
		return page;
	}

	private ModelAndView action(String title, String text, String action, String button) {
		var page = page("news/action");
		page.addObject("title", title);
		page.addObject("text", text);
		page.addObject("action", action);
		page.addObject("button", button);
		return page;
	}

	private ModelAndView message(String title, String text) {
		var page = page("news/message");
		page.addObject("title", title);
		page.addObject("text", text);
		return page;
	}

	private ModelAndView page(String view) {
		var language = language();
		var page = new ModelAndView(view);
		page.addObject("lang", language);
		page.addObject("centerTitle", messages.getMessage("center.title", null, "Privacy center", LocaleContextHolder.getLocale()));
		page.addObject("query", "?lang=" + language);
		page.addObject("switchQuery", "?lang=" + ("de".equals(language) ? "en" : "de"));
		return page;
	}

	private static String language() {
		return Locale.GERMAN.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "de" : "en";
	}
}
