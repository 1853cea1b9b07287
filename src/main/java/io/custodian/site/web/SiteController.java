package io.custodian.site.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.custodian.site.NewSite;
import io.custodian.site.Site;
import io.custodian.site.Sites;
import io.custodian.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registered sites over HTTP, with the tracker snippet to install on each. */
@RestController
@RequestMapping("/api/v1/sites")
@Tag(name = "Sites", description = "Websites whose visits Custodian collects")
class SiteController {

	private final Sites sites;

	SiteController(Sites sites) {
		this.sites = sites;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_analytics:read') or hasAuthority('SCOPE_sites:manage')")
	List<Site> all() {
		return sites.all();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_analytics:read') or hasAuthority('SCOPE_sites:manage')")
	Site one(@PathVariable UUID id) {
		return sites.find(id).orElseThrow(() -> Problems.notFound("Site " + id));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	@Operation(summary = "Register a site: name, domains, timeZone (IANA), cookieMode (cookieless|none), excludedIps")
	ResponseEntity<Site> register(@RequestBody NewSite site) {
		var created = sites.register(site);
		return ResponseEntity.created(URI.create("/api/v1/sites/" + created.id())).body(created);
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	Site update(@PathVariable UUID id, @RequestBody NewSite changes) {
		return sites.update(id, changes);
	}
}
