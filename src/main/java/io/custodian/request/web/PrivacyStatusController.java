package io.custodian.request.web;

import java.util.UUID;
import java.util.regex.Pattern;

import io.custodian.request.RequestDesk;
import io.custodian.request.RequestSettings;
import io.custodian.request.RequestSummary;
import io.custodian.system.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The privacy center's code page: a request's public status, where the requester enters the emailed code or asks
 * for a new one. Part of the public, stateless chain, like {@link PrivacyCenterController}.
 */
@Controller
class PrivacyStatusController {

	private static final Pattern ATTEMPTS_LEFT = Pattern.compile("(\\d+) attempts? left");

	private final RequestDesk desk;

	private final RequestSettings settings;

	private final PublicPages pages;

	PrivacyStatusController(RequestDesk desk, RequestSettings settings, PublicPages pages) {
		this.desk = desk;
		this.settings = settings;
		this.pages = pages;
	}

	@GetMapping("/privacy/requests/{id}")
	ModelAndView request(@PathVariable String id, @RequestParam(required = false) String site,
			@RequestParam(required = false) String resent,
			@RequestParam(required = false) String confirmed, HttpServletResponse response) {
		var page = pages.page("privacy/request", site, response);
		var summary = find(id, page, response);
		if (summary == null) {
			return page;
		}
		page.addObject("resent", resent != null);
		page.addObject("confirmed", confirmed != null);
		return status(page, summary, response);
	}

	@PostMapping("/privacy/requests/{id}/verification")
	ModelAndView verify(@PathVariable String id, @RequestParam(required = false) String site,
			@RequestParam(required = false) String code, HttpServletResponse response) {
		var page = pages.page("privacy/request", site, response);
		var summary = find(id, page, response);
		if (summary == null) {
			return page;
		}
		var t = PublicPages.texts(page);
		var entered = code == null ? "" : code.replaceAll("\\s", "");
		try {
			desk.verify(summary.id(), entered);
			return PublicPages.seeOther("/privacy/requests/" + page.getModel().get("pageId") + page.getModel().get("query") + "&confirmed=1");
		}
		catch (InvalidInput e) {
			page.addObject("codeError", codeError(e, t));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		catch (ErrorResponseException e) {
			response.setStatus(e.getStatusCode().value());
			if (e.getStatusCode().value() != HttpStatus.LOCKED.value()) {
				page.addObject("codeError", t.get("error.other", String.valueOf(e.getBody().getDetail())));
			}
		}
		var status = status(page, desk.status(summary.id()), response);
		if (response.getStatus() == HttpStatus.OK.value()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return status;
	}

	@PostMapping("/privacy/requests/{id}/code")
	ModelAndView resend(@PathVariable String id, @RequestParam(required = false) String site,
			HttpServletResponse response) {
		var page = pages.page("privacy/request", site, response);
		var summary = find(id, page, response);
		if (summary == null) {
			return page;
		}
		desk.resendCode(summary.id());
		return PublicPages.seeOther("/privacy/requests/" + page.getModel().get("pageId") + page.getModel().get("query") + "&resent=1");
	}

	/** Why a code was refused: wrong (with the attempts left), expired or used, or not a code at all. */
	private static String codeError(InvalidInput refusal, PageTexts t) {
		var reason = refusal.errors().isEmpty() ? "" : refusal.errors().getFirst().reason();
		var left = ATTEMPTS_LEFT.matcher(reason);
		if (left.find()) {
			return "1".equals(left.group(1)) ? t.get("code.wrong.one") : t.get("code.wrong", left.group(1));
		}
		return reason.contains("expired or used") ? t.get("code.expired") : t.get("code.format");
	}

	private ModelAndView status(ModelAndView page, RequestSummary summary, HttpServletResponse response) {
		var t = PublicPages.texts(page);
		if ("locked".equals(summary.state())) {
			response.setStatus(HttpStatus.LOCKED.value());
		}
		page.addObject("request", PublicStatus.of(summary, t));
		page.addObject("sentText", t.get("request.sent",
				String.valueOf(settings.codeValidity().toMinutes())));
		return page;
	}

	/** The request the page names, by the token of its emailed link or by its id; null (a 404 page) for neither. */
	private RequestSummary find(String id, ModelAndView page, HttpServletResponse response) {
		try {
			var requestId = desk.requestOfLink(id).orElseGet(() -> UUID.fromString(id));
			var summary = desk.status(requestId);
			page.addObject("pageId", id);
			return summary;
		}
		catch (IllegalArgumentException | ErrorResponseException e) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			page.addObject("missing", true);
			return null;
		}
	}
}
