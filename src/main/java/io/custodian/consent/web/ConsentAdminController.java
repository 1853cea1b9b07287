package io.custodian.consent.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.custodian.audit.ChainVerification;
import io.custodian.consent.BannerConfig;
import io.custodian.consent.BannerSettings;
import io.custodian.consent.CookieDeclaration;
import io.custodian.consent.internal.ConsentAdministration;
import io.custodian.consent.internal.ConsentDesk;
import io.custodian.consent.internal.ConsentLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff manage a site's banner, cookie declaration and privacy statement versions, and read consent statistics. */
@RestController
@Tag(name = "Consent administration")
class ConsentAdminController {

	private final ConsentAdministration administration;

	private final ConsentDesk desk;

	private final ConsentLinks store;

	ConsentAdminController(ConsentAdministration administration, ConsentDesk desk, ConsentLinks store) {
		this.administration = administration;
		this.desk = desk;
		this.store = store;
	}

	@PutMapping("/api/v1/sites/{site}/consent/settings")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	@Operation(summary = "Set categories, texts per language, privacy statement link, GPC categories, DNT, Consent Mode")
	BannerConfig settings(@PathVariable UUID site, @RequestBody BannerSettings settings) {
		return administration.update(site, settings);
	}

	@PostMapping("/api/v1/sites/{site}/consent/token")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	@Operation(summary = "Issue the site token the site's back end uses at GET /api/v1/consent/{id}; shown once")
	Map<String, String> token(@PathVariable UUID site) {
		return Map.of("token", administration.issueSiteToken(site));
	}

	@PostMapping("/api/v1/sites/{site}/consent/cookies")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	CookieDeclaration declare(@PathVariable UUID site, @RequestBody NewCookie cookie) {
		return administration.declare(site, new CookieDeclaration(null, cookie.name(), cookie.provider(), cookie.party(),
				cookie.duration(), cookie.category(), cookie.purpose(), false));
	}

	@DeleteMapping("/api/v1/sites/{site}/consent/cookies/{cookie}")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	ResponseEntity<Void> undeclare(@PathVariable UUID site, @PathVariable UUID cookie) {
		administration.undeclare(site, cookie);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/sites/{site}/consent/statements")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage')")
	@Operation(summary = "Publish a new privacy statement version; naming touched categories asks visitors again")
	Map<String, Object> publish(@PathVariable UUID site, @RequestBody NewStatement statement) {
		return administration.publishStatement(site, statement.body(), statement.categories());
	}

	@GetMapping("/api/v1/sites/{site}/consent/statements")
	@PreAuthorize("hasAuthority('SCOPE_sites:manage') or hasAuthority('SCOPE_analytics:read')")
	List<Map<String, Object>> statements(@PathVariable UUID site) {
		return administration.statements(site);
	}

	@GetMapping(value = "/api/v1/sites/{site}/consent/statements/{version}/diff", produces = MediaType.TEXT_PLAIN_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_sites:manage') or hasAuthority('SCOPE_analytics:read')")
	@Operation(summary = "Unified diff of a statement version against the one before")
	String diff(@PathVariable UUID site, @PathVariable int version) {
		return administration.diff(site, version);
	}

	@GetMapping("/api/v1/sites/{site}/consent/statistics")
	@PreAuthorize("hasAuthority('SCOPE_analytics:read')")
	@Operation(summary = "Opt-in rate per category per day (UTC)")
	List<Map<String, Object>> statistics(@PathVariable UUID site, @RequestParam LocalDate from,
			@RequestParam LocalDate to) {
		return administration.statistics(site, from, to);
	}

	@PutMapping("/api/v1/consent-records/{consentId}/customer")
	@PreAuthorize("hasAuthority('SCOPE_customers:write')")
	@Operation(summary = "Link a consent id to a customer who identified, so requests reach their consent records")
	ResponseEntity<Void> link(@PathVariable String consentId, @Valid @RequestBody CustomerLink body) {
		if (desk.current(consentId).isEmpty()) {
			throw io.custodian.system.Problems.notFound("Consent " + (consentId.length() > 64 ? "" : consentId));
		}
		store.link(consentId, body.customerId());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/consent-records/verify")
	@PreAuthorize("hasAuthority('SCOPE_audit:read')")
	@Operation(summary = "Walk the consent record chain and report the first record that does not fit")
	ChainVerification verify() {
		return desk.verify();
	}

	record NewStatement(String body, List<String> categories) {
	}

	record CustomerLink(@NotNull(message = "is required") UUID customerId) {
	}

	record NewCookie(String name, String provider, String party, String duration, String category, String purpose) {
	}
}
