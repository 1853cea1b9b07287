package io.custodian.site;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A website whose visits Custodian collects: its domains (subdomains included), time zone, what to do without
 * consent, and the addresses whose visits are the owner's own and never counted.
 */
public record Site(UUID id, int trackingId, String name, List<String> domains, ZoneId timeZone, CookieMode cookieMode,
		List<String> excludedIps, Instant createdAt) {

	public Site {
		domains = List.copyOf(domains);
		excludedIps = List.copyOf(excludedIps);
	}

	public String primaryDomain() {
		return domains.getFirst();
	}

	/** Whether a host name belongs to this site: one of its domains or a subdomain of one. */
	public boolean ownsHost(String host) {
		if (host == null || host.isEmpty()) {
			return false;
		}
		var h = host.toLowerCase(Locale.ROOT);
		if (h.startsWith("www.")) {
			h = h.substring(4);
		}
		for (var domain : domains) {
			if (h.equals(domain) || h.endsWith("." + domain)) {
				return true;
			}
		}
		return false;
	}
}
