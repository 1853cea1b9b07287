package io.custodian.site.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.custodian.site.CookieMode;
import io.custodian.site.NewSite;
import io.custodian.site.Site;

/** The register and edit form of the site console as posted; domains and excluded addresses one per line. */
record SiteForm(String name, String domains, String timeZone, String cookieMode, String excludedIps) {

	static SiteForm empty() {
		return new SiteForm("", "", "UTC", CookieMode.COOKIELESS.id(), "");
	}

	static SiteForm of(Site site) {
		return new SiteForm(site.name(), String.join("\n", site.domains()), site.timeZone().getId(),
				site.cookieMode().id(), String.join("\n", site.excludedIps()));
	}

	/** The site to register as the form describes it. */
	NewSite toNewSite() {
		return new NewSite(name, lines(domains), blankToNull(timeZone), blankToNull(cookieMode), lines(excludedIps));
	}

	/** Only what differs from the site as stored (PATCH semantics), or null when nothing does. */
	NewSite changesTo(Site site) {
		var newName = Objects.requireNonNullElse(name, "").strip();
		var newDomains = lines(domains);
		var newZone = blankToNull(timeZone);
		var newMode = blankToNull(cookieMode);
		var newExcluded = lines(excludedIps);
		var changes = new NewSite(newName.equals(site.name()) ? null : newName,
				newDomains.equals(site.domains()) ? null : newDomains,
				newZone == null || newZone.equals(site.timeZone().getId()) ? null : newZone,
				newMode == null || newMode.equals(site.cookieMode().id()) ? null : newMode,
				newExcluded.equals(site.excludedIps()) ? null : newExcluded);
		return changes.name() == null && changes.domains() == null && changes.timeZone() == null
				&& changes.cookieMode() == null && changes.excludedIps() == null ? null : changes;
	}

	/** One value per line (commas also separate); blank lines dropped. */
	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
