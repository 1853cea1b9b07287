package io.custodian.collect.web.plausible;

import java.util.LinkedHashSet;
import java.util.List;

import io.custodian.collect.internal.IncomingHit.SiteRef;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import io.custodian.system.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * The sites a Plausible event goes to: one domain is left to the pipeline to resolve; of several, the registered ones
 * are kept and the others counted as dropped, and none registered refuses the event.
 */
@Component
class PlausibleSites {

	private final Sites sites;

	PlausibleSites(Sites sites) {
		this.sites = sites;
	}

	Targets of(List<String> domains) {
		if (domains.size() == 1) {
			return new Targets(List.of(SiteRef.byDomain(domains.getFirst())), 0);
		}
		var found = new LinkedHashSet<Site>();
		int unknown = 0;
		for (var domain : domains) {
			var site = sites.findByDomain(domain);
			if (site.isPresent()) {
				found.add(site.get());
			}
			else {
				unknown++;
			}
		}
		if (found.isEmpty()) {
			throw new InvalidInput("domain", "is not a registered site");
		}
		return new Targets(found.stream().map(s -> SiteRef.byId(s.id().toString())).toList(), unknown);
	}

	/** The sites to store the event for, and how many named domains are not registered. */
	record Targets(List<SiteRef> sites, int unknown) {
	}
}
