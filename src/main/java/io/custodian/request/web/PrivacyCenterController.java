package io.custodian.request.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.request.RequestDesk;
import io.custodian.request.RequestType;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public privacy center's front page: the rights in plain words and the request form. Served in the public,
 * stateless chain without sessions or CSRF tokens, so every form carries what it needs in its URL, and no page shows
 * personal data except what the requester typed into the same request. English and German, by {@code ?lang=} or
 * {@code Accept-Language}. The code page is {@link PrivacyStatusController}, the download summary
 * {@link PrivacyDownloadController}.
 */
@Controller
class PrivacyCenterController {

	private final RequestDesk desk;

	private final PublicPages pages;

	PrivacyCenterController(RequestDesk desk, PublicPages pages) {
		this.desk = desk;
		this.pages = pages;
	}

	@GetMapping("/privacy")
	ModelAndView center(@RequestParam(required = false) String site, HttpServletResponse response) {
		var page = pages.page("privacy/index", site, response);
		page.addObject("form", RequestForm.empty());
		return form(page);
	}

	@PostMapping("/privacy/requests")
	ModelAndView submit(@RequestParam(required = false) String site,
			@RequestParam(required = false) String email, @RequestParam(required = false) String type,
			@RequestParam(required = false) String message,
			@RequestParam(name = "fields", required = false) List<String> fields, @RequestParam Map<String, String> params,
			HttpServletResponse response) {
		var page = pages.page("privacy/index", site, response);
		var t = PublicPages.texts(page);
		var chosen = type == null || type.isBlank() ? null : type;
		var form = RequestForm.of(email, type, message, fields, params);
		var errors = RequestFormErrors.check(form, chosen, t);
		if (errors.isEmpty()) {
			try {
				var submitted = desk.submit(form.toRequest((UUID) page.getModel().get("siteId"), chosen,
						(String) page.getModel().get("lang")));
				return PublicPages.seeOther("/privacy/requests/" + submitted.id() + page.getModel().get("query"));
			}
			catch (InvalidInput e) {
				RequestFormErrors.addRefusal(errors, e, t);
			}
			catch (ErrorResponseException e) {
				errors.put("request", t.get("error.other", String.valueOf(e.getBody().getDetail())));
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		page.addObject("form", form);
		page.addObject("errors", errors);
		return form(page);
	}

	private static ModelAndView form(ModelAndView page) {
		var t = PublicPages.texts(page);
		page.addObject("types", Arrays.stream(RequestType.values())
			.map(type -> new Option(type.id(), t.get("type." + type.id() + ".title"), t.get("type." + type.id() + ".desc")))
			.toList());
		page.addObject("fields", RequestForm.FIELDS.stream()
			.map(f -> new Option(f, t.get("field." + f), t.get("field." + f + ".hint")))
			.toList());
		if (!page.getModel().containsKey("errors")) {
			page.addObject("errors", Map.of());
		}
		return page;
	}

	/** One choice of a radio list or checkbox group. */
	record Option(String value, String label, String description) {
	}
}
