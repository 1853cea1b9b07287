package io.custodian.disclosure.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.custodian.disclosure.internal.DemandDecision;
import io.custodian.disclosure.internal.DemandInput;
import io.custodian.disclosure.internal.LegalDemand;
import io.custodian.disclosure.internal.LegalDemands;
import io.custodian.disclosure.internal.NoticeDeferral;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register of legal demands from authorities over HTTP: receive, decide, package, defer the notice. */
@RestController
@RequestMapping("/api/v1/demands")
@Tag(name = "Legal demands", description = "Demands from authorities, decided, answered through the disclosure log")
class DemandController {

	private final LegalDemands demands;

	DemandController(LegalDemands demands) {
		this.demands = demands;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Register a demand received from an authority (its reference unique per authority)")
	ResponseEntity<LegalDemand> receive(@RequestBody DemandInput input) {
		var demand = demands.receive(input);
		return ResponseEntity.created(URI.create("/api/v1/demands/" + demand.id())).body(demand);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "Every demand, the earliest due first")
	List<LegalDemand> all() {
		return demands.all();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:read')")
	@Operation(summary = "One demand with its decision, disclosure and notices")
	LegalDemand get(@PathVariable UUID id) {
		return demands.get(id);
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Decide once: comply, comply-in-part (narrower customers/fields) or refuse, with a reason; "
			+ "privacy officers and admins only")
	LegalDemand decide(@PathVariable UUID id, @RequestBody DemandDecision decision) {
		return demands.decide(id, decision);
	}

	@PostMapping("/{id}/package")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Disclose what the decision granted (legal basis legal-obligation); the answer is the package, "
			+ "?format=csv for a table")
	ResponseEntity<?> pack(@PathVariable UUID id, @RequestParam(defaultValue = "json") String format) {
		var result = demands.pack(id, format);
		if ("csv".equalsIgnoreCase(format)) {
			return DisclosureCsv.of(result).body(DisclosureCsv.body(result));
		}
		return ResponseEntity.ok(result);
	}

	@PostMapping("/{id}/notice-deferral")
	@PreAuthorize("hasAuthority('SCOPE_disclosures:manage')")
	@Operation(summary = "Defer the customers' notice while a prohibition is in force: a reason and an end date")
	LegalDemand deferNotice(@PathVariable UUID id, @RequestBody NoticeDeferral deferral) {
		return demands.deferNotice(id, deferral);
	}
}
