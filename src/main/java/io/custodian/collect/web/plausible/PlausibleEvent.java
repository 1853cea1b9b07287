package io.custodian.collect.web.plausible;

import java.util.List;
import java.util.Map;

import io.custodian.collect.internal.IncomingHit;
import io.custodian.collect.internal.IncomingHit.SiteRef;
import io.custodian.collect.web.CompatFields;

/** A valid Plausible event as read from its body, and the hit it becomes for each of the sites it names. */
record PlausibleEvent(String name, String url, String referrer, boolean hashMode, Map<String, Object> props,
		Integer engagedMs, List<String> domains, Integer scrollDepth) {

	/** The hit for one site: a pageview, an engagement, or an action named by the event. */
	IncomingHit hitFor(SiteRef site) {
		return new IncomingHit(site, hitType(), pageUrl(), null, referrer, null, null, null, null, null, null, null,
				engagedMs, action(), null, null, null, scrollDepth);
	}

	private String pageUrl() {
		return hashMode ? url : CompatFields.withoutFragment(url);
	}

	private String hitType() {
		return switch (name) {
			case "pageview" -> IncomingHit.PAGEVIEW;
			case "engagement" -> IncomingHit.ENGAGEMENT;
			default -> IncomingHit.ACTION;
		};
	}

	/** The tracker's built-in goals become Custodian's outbound and download actions; other names custom ones. */
	private IncomingHit.Action action() {
		if (!IncomingHit.ACTION.equals(hitType())) {
			return null;
		}
		var target = props.get("url") instanceof String s ? s : null;
		if ("Outbound Link: Click".equals(name) && target != null) {
			return new IncomingHit.Action("Outbound Link", "outbound", target, null);
		}
		if ("File Download".equals(name) && target != null) {
			return new IncomingHit.Action("File Download", "download", target, null);
		}
		return new IncomingHit.Action(name, "custom", null, props);
	}
}
