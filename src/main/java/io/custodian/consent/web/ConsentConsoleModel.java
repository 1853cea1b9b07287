package io.custodian.consent.web;

import java.util.List;

import io.custodian.consent.ConsentCategory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of the consent console may show: all categories, the editable banner texts and their languages. */
@ControllerAdvice(assignableTypes = { ConsentConsoleController.class, CookieConsoleController.class,
		StatementConsoleController.class, StatisticsConsoleController.class, SiteTokenConsoleController.class,
		ReceiptConsoleController.class })
class ConsentConsoleModel {

	@ModelAttribute("allCategories")
	List<String> allCategories() {
		return ConsentCategory.ids();
	}

	@ModelAttribute("textKeys")
	List<String> textKeys() {
		return BannerForm.TEXT_KEYS;
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return BannerForm.LANGUAGES;
	}
}
