package io.custodian.opinion.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.custodian.account.SignedInCustomers;
import io.custodian.customer.CustomerVault;
import io.custodian.opinion.Survey;
import io.custodian.opinion.internal.Answers;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * The survey pages in the privacy center's look: {@code /surveys/{slug}} answers anonymously; a signed-in customer
 * answers under {@code /account/surveys/{slug}} (the customers' chain, with CSRF), linked to their account. The
 * signed-in customer comes from {@link SignedInCustomers}.
 */
@Controller
class SurveyPages {

	private final Answers answers;

	private final CustomerVault vault;

	private final MessageSource messages;

	SurveyPages(Answers answers, CustomerVault vault, MessageSource messages) {
		this.answers = answers;
		this.vault = vault;
		this.messages = messages;
	}

	@GetMapping("/surveys/{slug}")
	ModelAndView form(@PathVariable String slug, HttpServletResponse response) {
		try {
			return form(answers.answerable(slug), false, false, Map.of(), Map.of());
		}
		catch (ErrorResponseException e) {
			return failed(e, response);
		}
	}

	@PostMapping("/surveys/{slug}")
	ModelAndView answer(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
		try {
			answers.anonymous(slug, given(request), language(LocaleContextHolder.getLocale()));
			return message("opinions.thanks.title", "opinions.thanks.anonymous");
		}
		catch (InvalidInput e) {
			return invalid(e, answers.answerable(slug), false, false, request, response);
		}
		catch (ErrorResponseException e) {
			return failed(e, response);
		}
	}

	@GetMapping("/account/surveys/{slug}")
	ModelAndView signedInForm(@PathVariable String slug, HttpServletResponse response) {
		var customer = signedIn();
		try {
			if (answers.answered(slug, customer)) {
				return message("opinions.thanks.title", "opinions.already").addObject("eraseAction",
						"/account/surveys/" + slug + "/erase?lang=" + language(LocaleContextHolder.getLocale()));
			}
			return form(answers.answerable(slug), true, consentNeeded(customer), Map.of(), Map.of());
		}
		catch (ErrorResponseException e) {
			return failed(e, response);
		}
	}

	@PostMapping("/account/surveys/{slug}")
	ModelAndView signedInAnswer(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean consent, HttpServletRequest request,
			HttpServletResponse response) {
		var customer = signedIn();
		try {
			answers.ofCustomer(slug, customer, given(request), consent, language(LocaleContextHolder.getLocale()));
			return message("opinions.thanks.title", "opinions.thanks.linked");
		}
		catch (InvalidInput e) {
			return invalid(e, answers.answerable(slug), true, consentNeeded(customer), request, response);
		}
		catch (ErrorResponseException e) {
			return failed(e, response);
		}
	}

	@PostMapping("/account/surveys/{slug}/erase")
	ModelAndView erase(@PathVariable String slug,
			HttpServletResponse response) {
		var customer = signedIn();
		try {
			return answers.eraseOwn(slug, customer) ? message("opinions.erased.title", "opinions.erased.text")
					: message("opinions.erased.title", "opinions.erased.none");
		}
		catch (ErrorResponseException e) {
			return failed(e, response);
		}
	}

	private static UUID signedIn() {
		return SignedInCustomers.current().orElseThrow(() -> new ErrorResponseException(HttpStatus.UNAUTHORIZED));
	}

	private boolean consentNeeded(UUID customer) {
		return !vault.summary(customer).consentedPurposes().contains("feedback");
	}

	private static Map<String, List<String>> given(HttpServletRequest request) {
		var given = new LinkedHashMap<String, List<String>>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.matches("q\\d{1,2}")) {
				given.put(name.substring(1), List.of(values));
			}
		});
		return given;
	}

	private ModelAndView invalid(InvalidInput e, Survey survey, boolean signedIn, boolean consentNeeded,
			HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(400);
		var errors = new HashMap<String, String>();
		e.errors().forEach(error -> errors.putIfAbsent(error.field().replace("answers.", "q"), error.reason()));
		return form(survey, signedIn, consentNeeded, errors, given(request));
	}

	private ModelAndView form(Survey survey, boolean signedIn, boolean consentNeeded, Map<String, String> errors,
			Map<String, List<String>> typed) {
		return page("opinions/survey").addObject("survey", survey).addObject("signedIn", signedIn)
			.addObject("consentNeeded", consentNeeded).addObject("errors", errors).addObject("typed", typed);
	}

	private ModelAndView failed(ErrorResponseException e, HttpServletResponse response) {
		var status = e.getStatusCode().value();
		response.setStatus(status);
		return switch (status) {
			case 404 -> message("opinions.missing.title", "opinions.missing.text");
			case 410 -> message("opinions.closed.title", "opinions.closed.text");
			default -> page("opinions/message").addObject("title", text("opinions.refused.title"))
				.addObject("text", e.getBody().getDetail());
		};
	}

	private ModelAndView message(String title, String text) {
		return page("opinions/message").addObject("title", text(title)).addObject("text", text(text));
	}

	private ModelAndView page(String view) {
		var language = language(LocaleContextHolder.getLocale());
		var page = new ModelAndView(view);
		page.addObject("lang", language);
		page.addObject("centerTitle", text("center.title"));
		page.addObject("query", "?lang=" + language);
		page.addObject("switchQuery", "?lang=" + ("de".equals(language) ? "en" : "de"));
		return page;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	static String language(Locale locale) {
		return Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? "de" : "en";
	}
}
