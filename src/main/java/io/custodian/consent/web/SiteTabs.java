package io.custodian.consent.web;

import java.util.UUID;

import io.custodian.site.Sites;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Opens a tab of a site's consent pages: the site, all sites and the tab go to the model, or 404 and the id. */
@Component
class SiteTabs {

	static final String MISSING = "sites/missing";

	private final Sites sites;

	SiteTabs(Sites sites) {
		this.sites = sites;
	}

	/** False, with status 404 and the id in the model, when there is no such site. */
	boolean open(UUID id, String tab, Model model, HttpServletResponse response) {
		var site = sites.find(id).orElse(null);
		if (site == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("id", id);
			return false;
		}
		model.addAttribute("site", site);
		model.addAttribute("sites", sites.all());
		model.addAttribute("tab", tab);
		return true;
	}
}
