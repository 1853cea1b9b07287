package io.custodian.site.web;

import io.custodian.site.CookieMode;
import io.custodian.site.Site;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * What to paste into a site's pages for each tracker Custodian accepts, by the console's origin: Custodian's own, and
 * each anchor's standard snippet with only its host changed to this origin (Custodian serves the scripts it loads).
 */
record SiteSnippets(String origin, String tracker, String consent, String matomoUrl, int matomoSiteId, String matomo,
		String plausibleDomain, String plausible, String umamiWebsiteId, String umami) {

	/** {@code scripts} gives {@code /t.js} and {@code /consent.js} their content-versioned URLs (cached for a year). */
	static SiteSnippets of(Site site, String origin, ResourceUrlProvider scripts) {
		var tracker = "<script defer src=\"" + origin + versioned(scripts, "/t.js") + "\" data-site=\"" + site.id() + "\""
				+ (site.cookieMode() == CookieMode.NONE ? " data-mode=\"none\"" : "") + "></script>";
		var consent = "<script src=\"" + origin + versioned(scripts, "/consent.js") + "\" data-site=\"" + site.id()
				+ "\"></script>";
		var plausible = "<script defer data-domain=\"" + site.primaryDomain() + "\" src=\"" + origin
				+ "/js/script.js\"></script>";
		var umami = "<script defer src=\"" + origin + "/script.js\" data-website-id=\"" + site.id() + "\"></script>";
		return new SiteSnippets(origin, tracker, consent, origin + "/matomo.php", site.trackingId(),
				matomo(origin, site.trackingId()), site.primaryDomain(), plausible, site.id().toString(), umami);
	}

	/** Matomo's standard JavaScript snippet, loading {@code /matomo.js} and sending to {@code /matomo.php}. */
	private static String matomo(String origin, int siteId) {
		return """
				<script>
				  var _paq = window._paq = window._paq || [];
				  _paq.push(['trackPageView']);
				  _paq.push(['enableLinkTracking']);
				  (function() {
				    var u="%s/";
				    _paq.push(['setTrackerUrl', u+'matomo.php']);
				    _paq.push(['setSiteId', '%d']);
				    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
				    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
				  })();
				</script>""".formatted(origin, siteId);
	}

	private static String versioned(ResourceUrlProvider scripts, String path) {
		var url = scripts.getForLookupPath(path);
		return url == null ? path : url;
	}
}
