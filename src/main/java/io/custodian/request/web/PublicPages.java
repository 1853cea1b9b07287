package io.custodian.request.web;

import java.util.UUID;

import io.custodian.site.Sites;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Starts every privacy center page: its security policy, language and texts, the site it belongs to, and the query
 * that keeps both on its links.
 */
@Component
class PublicPages {

	/** The public chain's policy blocks everything; these pages need their own stylesheet and to post their forms. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	private final Sites sites;

	private final MessageSource messages;

	PublicPages(Sites sites, MessageSource messages) {
		this.sites = sites;
		this.messages = messages;
	}

	/** The page in the language the {@link org.springframework.web.servlet.LocaleResolver} chose. */
	ModelAndView page(String view, String site, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		var t = new PageTexts(messages, LocaleContextHolder.getLocale());
		var language = t.german() ? "de" : "en";
		var page = new ModelAndView(view);
		var siteId = siteId(site);
		var found = siteId == null ? null : sites.find(siteId).orElse(null);
		page.addObject("lang", language);
		page.addObject("texts", t);
		page.addObject("siteId", found == null ? null : found.id());
		page.addObject("siteName", found == null ? null : found.name());
		page.addObject("centerTitle", found == null ? t.get("center.title") : t.get("center.of", found.name()));
		var query = "?lang=" + language + (found == null ? "" : "&site=" + found.id());
		page.addObject("query", query);
		var other = "de".equals(language) ? "en" : "de";
		page.addObject("switchQuery", "?lang=" + other + (found == null ? "" : "&site=" + found.id()));
		return page;
	}

	static PageTexts texts(ModelAndView page) {
		return (PageTexts) page.getModel().get("texts");
	}

	/** A 303 redirect to a URL relative to the application, carrying no model attributes. */
	static ModelAndView seeOther(String url) {
		var view = new RedirectView(url, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

	private static UUID siteId(String site) {
		if (site == null || site.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(site.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
