package io.custodian.audit.web;

import java.util.List;

import io.custodian.audit.AuditEntry;
import io.custodian.audit.AuditTrail;
import io.custodian.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit chain over HTTP: its status and its latest entries. */
@RestController
@Validated
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Tamper-evident audit chain")
@PreAuthorize("hasAuthority('SCOPE_audit:read')")
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/verify")
	@Operation(summary = "Walk the whole chain and report whether every entry still links to its predecessor")
	ChainVerification verify() {
		return audit.verify();
	}

	@GetMapping
	@Operation(summary = "Latest entries, newest first, optionally for one subject")
	List<AuditEntry> entries(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
			@RequestParam(required = false) String subject) {
		return audit.recent(limit, subject);
	}
}
