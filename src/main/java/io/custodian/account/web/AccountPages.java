package io.custodian.account.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Starts every account page in the privacy center's look: its language, texts and the query that keeps the language. */
@Component
class AccountPages {

	private final MessageSource messages;

	AccountPages(MessageSource messages) {
		this.messages = messages;
	}

	ModelAndView page(String view) {
		var locale = LocaleContextHolder.getLocale();
		var language = Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? "de" : "en";
		var page = new ModelAndView(view);
		page.addObject("lang", language);
		page.addObject("centerTitle", text("center.title"));
		page.addObject("query", "?lang=" + language);
		page.addObject("switchQuery", "?lang=" + ("de".equals(language) ? "en" : "de"));
		return page;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	String language() {
		return Locale.GERMAN.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()) ? "de" : "en";
	}

	/** A 303 redirect to a URL relative to the application, carrying no model attributes. */
	static ModelAndView seeOther(String url) {
		var view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}
}
