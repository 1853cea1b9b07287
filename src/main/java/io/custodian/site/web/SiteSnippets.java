package io.custodian.site.web;

import io.custodian.site.CookieMode;
import io.custodian.site.Site;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** What to paste into a site's pages for each tracker Custodian accepts, by the console's origin. */
record SiteSnippets(String origin, String tracker, String consent, String matomoUrl, int matomoSiteId, String matomo,
		String plausibleDomain, String plausible, String umamiWebsiteId, String umami) {

	/** {@code scripts} gives {@code /t.js} and {@code /consent.js} their content-versioned URLs (cached for a year). */
	static SiteSnippets of(Site site, String origin, ResourceUrlProvider scripts) {
		var tracker = "<script defer src=\"" + origin + versioned(scripts, "/t.js") + "\" data-site=\"" + site.id() + "\""
				+ (site.cookieMode() == CookieMode.NONE ? " data-mode=\"none\"" : "") + "></script>";
		var consent = "<script src=\"" + origin + versioned(scripts, "/consent.js") + "\" data-site=\"" + site.id()
				+ "\"></script>";
		var matomoUrl = origin + "/matomo.php";
		var matomo = "_paq.push(['setTrackerUrl', '" + matomoUrl + "']);\n_paq.push(['setSiteId', '"
				+ site.trackingId() + "']);";
		var plausible = "<script defer data-domain=\"" + site.primaryDomain() + "\" data-api=\"" + origin
				+ "/api/event\" src=\"/js/script.js\"></script>";
		var umami = "<script defer src=\"/umami/script.js\" data-website-id=\"" + site.id() + "\" data-host-url=\""
				+ origin + "\"></script>";
		return new SiteSnippets(origin, tracker, consent, matomoUrl, site.trackingId(), matomo, site.primaryDomain(),
				plausible, site.id().toString(), umami);
	}

	private static String versioned(ResourceUrlProvider scripts, String path) {
		var url = scripts.getForLookupPath(path);
		return url == null ? path : url;
	}
}
