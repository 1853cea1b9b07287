package io.custodian.request.web;

import io.custodian.request.internal.RequestQueries;
import io.custodian.request.internal.RequestResult;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The privacy center's readable summary of an access download, found by its token alone; never cached, never sent
 * on as a referrer. Part of the public, stateless chain, like {@link PrivacyCenterController}.
 */
@Controller
class PrivacyDownloadController {

	private final RequestQueries queries;

	private final PublicPages pages;

	PrivacyDownloadController(RequestQueries queries, PublicPages pages) {
		this.queries = queries;
		this.pages = pages;
	}

	@GetMapping("/privacy/downloads/{token}/summary")
	ModelAndView downloadSummary(@PathVariable String token, HttpServletResponse response) {
		var page = pages.page("privacy/download", null, response);
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		if (!(queries.download(token).orElse(null) instanceof RequestResult.Export export)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			page.addObject("stores", null);
			return page;
		}
		page.addObject("token", token);
		page.addObject("stores", DownloadSummary.stores(export.export()));
		return page;
	}
}
